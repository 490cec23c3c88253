import CommonMark

/// Everything a build knows after loading, parsing, linking and validating:
/// the input every page is rendered from.
///
/// A class: every page job of a build captures the site, and a closure
/// holding a copy of a struct of a dozen tables took over a kilobyte per job
/// (12 MB for the review pages alone at 10,000 reviews), all alive until
/// rendering ends.
public final class Site: Sendable {
    public let config: SiteConfig
    /// The one "today" of this build (`--today`, `site.yaml`, or the clock).
    public let today: Day
    /// The effective policy: built-in default with `policy.yaml` applied.
    public let policy: Policy
    public let catalog: Catalog
    /// Reviews sorted by service name.
    public let reviews: [ReviewDocument]
    /// The validation of each review, at the same index as `reviews`.
    public let validations: [ReviewValidation]
    /// Post-launch retrospectives, in file order.
    public let retrospectives: [RetrospectiveDocument]
    /// Which launched services owe, or have written, their retrospective.
    public let schedule: RetrospectiveSchedule
    /// What the retrospectives teach across all launches.
    public let lessons: RetrospectiveLessons
    /// Every diagnostic of the build, sorted.
    public let diagnostics: [Diagnostic]
    /// Teams, systems, coverage and dependencies across the reviews.
    public let index: SiteIndex

    /// The review of a service, by its lowercased name.
    public func review(named name: String) -> ReviewDocument? {
        index.reviewByName[name.lowercased()].map { reviews[$0] }
    }

    /// The validation of a review of this site.
    public func validation(of document: ReviewDocument) -> ReviewValidation? {
        index.reviewByName[document.review.serviceName.lowercased()].map { validations[$0] }
    }

    /// Diagnostics in one file.
    public func diagnostics(in file: String) -> [Diagnostic] {
        diagnosticsByFile[file] ?? []
    }

    private let diagnosticsByFile: [String: [Diagnostic]]

    public init(
        config: SiteConfig, today: Day, policy: Policy, catalog: Catalog,
        reviews: [ReviewDocument], validations: [ReviewValidation], retrospectives: [RetrospectiveDocument],
        schedule: RetrospectiveSchedule, lessons: RetrospectiveLessons, index: SiteIndex? = nil,
        diagnostics: [Diagnostic], sortedRuns: [[Diagnostic]] = []
    ) {
        self.retrospectives = retrospectives
        self.schedule = schedule
        self.lessons = lessons
        self.config = config
        self.today = today
        self.policy = policy
        self.catalog = catalog
        self.reviews = reviews
        self.validations = validations
        // `index`, when given, was made from these reviews and catalog (see `SiteTables`).
        self.index = index ?? SiteIndex(reviews: reviews, catalog: catalog)
        let byFile = Self.byFile(diagnostics, sortedRuns: sortedRuns)
        self.diagnostics = Array(byFile.keys).sortedAsStrings().flatMap { byFile[$0] ?? [] }
        diagnosticsByFile = byFile
    }

    /// Each file's diagnostics, sorted. Diagnostics sort by file first:
    /// grouping by file, sorting each file's and putting the files in order
    /// gives the order of sorting the whole list, with far fewer comparisons
    /// (tens of thousands of diagnostics at 10,000 reviews). A sorted run
    /// of one file's diagnostics (a review's validation) is taken as it is,
    /// unless the file has others.
    static func byFile(_ diagnostics: [Diagnostic], sortedRuns: [[Diagnostic]]) -> [String: [Diagnostic]] {
        var byFile = Dictionary(grouping: diagnostics, by: \.location.file)
        var unsorted = Set(byFile.keys)
        for run in sortedRuns {
            guard let first = run.first, let last = run.last else { continue }
            guard first.location.file == last.location.file else {
                for diagnostic in run { byFile[diagnostic.location.file, default: []].append(diagnostic) }
                unsorted.formUnion(run.map(\.location.file))
                continue
            }
            if byFile[first.location.file] == nil {
                byFile[first.location.file] = run
            } else {
                byFile[first.location.file]?.append(contentsOf: run)
                unsorted.insert(first.location.file)
            }
        }
        for file in unsorted { byFile[file]?.sort() }
        return byFile
    }
}
