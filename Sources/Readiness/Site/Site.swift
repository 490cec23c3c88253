import CommonMark

/// Everything a build knows after loading, parsing, linking and validating:
/// the input every page is rendered from.
public struct Site: Sendable {
    public var config: SiteConfig
    /// The one "today" of this build (`--today`, `site.yaml`, or the clock).
    public var today: Day
    /// Reviews sorted by service name.
    public var reviews: [ReviewDocument]
    /// Every diagnostic of the build, sorted.
    public var diagnostics: [Diagnostic]

    /// The review of a service, by its lowercased name.
    public func review(named name: String) -> ReviewDocument? {
        reviewIndex[name.lowercased()].map { reviews[$0] }
    }

    /// Diagnostics in one file.
    public func diagnostics(in file: String) -> [Diagnostic] {
        diagnosticsByFile[file] ?? []
    }

    private var reviewIndex: [String: Int] = [:]
    private var diagnosticsByFile: [String: [Diagnostic]] = [:]

    public init(config: SiteConfig, today: Day, reviews: [ReviewDocument], diagnostics: [Diagnostic]) {
        self.config = config
        self.today = today
        self.reviews = reviews
        self.diagnostics = diagnostics.sorted()
        for (index, review) in reviews.enumerated() { reviewIndex[review.review.serviceName.lowercased()] = index }
        diagnosticsByFile = Dictionary(grouping: self.diagnostics, by: \.location.file)
    }
}
