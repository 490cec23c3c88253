import Readiness

/// The files written beside the pages for readers and their tools:
/// `search-index.json`, `feed.xml` and, when the site has `base_url`, `sitemap.xml`.
enum ReaderFiles {
    /// The icon shipped from the layouts folder (`Layouts/favicon.svg`).
    static let favicon = "assets/favicon.svg"

    /// The files for a site whose pages are at `pagePaths`.
    static func make(_ site: Site, pagePaths: [String]) -> [RenderedPage] {
        let written = Set(pagePaths)
        var files = [
            RenderedPage(path: SearchPage.indexPath, html: SearchIndex.document(site, writtenPages: written)),
            RenderedPage(path: AtomFeed.path, html: AtomFeed.document(site, writtenPages: written)),
        ]
        if let sitemap = Sitemap.document(site, pages: pagePaths) {
            files.append(RenderedPage(path: Sitemap.path, html: sitemap))
        }
        return files
    }
}
