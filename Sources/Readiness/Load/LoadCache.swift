/// What one `prr serve` process keeps from one load of the site to the next,
/// so a rebuild redoes only the work an edit touches: the parse of each
/// content file, the catalog built from the descriptors, the validation of
/// each review and the site-wide tables made from the front matter.
///
/// A parse result is reused while its file's stamp (size, modification time,
/// inode) and the parse settings are unchanged. A file modified in the last
/// two seconds is parsed but its result not kept: an edit within the file
/// system's timestamp resolution could leave its stamp as it was. What is
/// derived from parse results (the catalog, validations) is reused only
/// while every result it came from, and every other input, is unchanged.
public final class LoadCache: Sendable {
    /// The last listing of the reviews and retrospectives folders.
    let listings = ListingMemo()
    let reviews = ParseCache<(ParsedReview?, [Diagnostic])>()
    let retrospectives = ParseCache<(RetrospectiveDocument?, [Diagnostic])>()
    /// Catalog descriptor files, by the path they were reached by.
    let catalog = ParseCache<Result<ParsedCatalogFile, Diagnostic>>()
    /// The catalog built from the descriptor files of the last load.
    let catalogMemo = CatalogMemo()
    /// Each review's validation in the last load.
    let validations = ValidationMemo()
    /// The site-wide tables of the last load.
    let tables = SiteTablesMemo()

    public init() {}
}
