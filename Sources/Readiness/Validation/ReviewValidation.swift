/// What validation concluded about one review.
///
/// A class: every review's validation is indexed by the site, kept by
/// `prr serve`'s memo and handed to its pages, and copying five arrays'
/// worth of references for each of 10,000 reviews was a tenth of a rebuild.
public final class ReviewValidation: Sendable {
    /// The review's findings, sorted, with severities set.
    public let findings: [Finding]
    /// Problems in how the checklist and risks are written.
    public let diagnostics: [Diagnostic]
    /// `diagnostics` and each finding's diagnostic, sorted: made once, and
    /// reused by every load of `prr serve` that keeps this validation.
    public let sortedDiagnostics: [Diagnostic]
    public let readiness: ReadinessSummary
    /// The anchor of each checklist category's `##` heading in the body, by
    /// category id: where pages link a finding to. Only this is kept of the
    /// checklist reading: its matched items were a fifth of a large build's
    /// peak memory and nothing reads them after validation.
    public let categoryAnchors: CategoryAnchors

    /// The anchor of the section a finding belongs to: its category's
    /// heading, or nil when the category has no heading in the body.
    public func anchor(ofCategory category: String?) -> String? {
        category.flatMap { categoryAnchors[$0] }
    }

    /// Findings that no accepted risk covers.
    public var openFindings: [Finding] { findings.filter { !$0.isAccepted } }

    init(
        findings: [Finding], diagnostics: [Diagnostic], sortedDiagnostics: [Diagnostic],
        readiness: ReadinessSummary, categoryAnchors: CategoryAnchors
    ) {
        self.findings = findings
        self.diagnostics = diagnostics
        self.sortedDiagnostics = sortedDiagnostics
        self.readiness = readiness
        self.categoryAnchors = categoryAnchors
    }
}

/// Runs every rule over one review and sets each finding's severity from the
/// review's claim: open gaps on a draft or in-review review are warnings, on an
/// approved or launched one errors (the claim is not true), on a retired one
/// notes. Accepted findings are notes. `strict` makes every open finding an error.
public struct ReviewValidator: Sendable {
    public let policy: Policy
    public let catalog: Catalog
    public let today: Day
    public let strict: Bool
    /// Statuses rather than whole reviews: that is all the rules read, and
    /// of a review only its dependencies' (see `inputs(of:)`).
    let statusByComponent: [EntityRef: ReviewStatus]
    /// Findings computed across the site (such as overdue retrospectives), by review file.
    let siteFindings: [String: [Finding]]

    public init(
        policy: Policy, catalog: Catalog, today: Day, reviews: [ReviewDocument],
        siteFindings: [Finding] = [], strict: Bool = false
    ) {
        self.policy = policy
        self.catalog = catalog
        self.today = today
        self.strict = strict
        var byComponent: [EntityRef: ReviewStatus] = [:]
        for document in reviews {
            if let ref = document.review.component { byComponent[ref] = document.review.status }
        }
        statusByComponent = byComponent
        self.siteFindings = Dictionary(grouping: siteFindings, by: \.location.file)
    }

    public func validate(_ parsed: ParsedReview) -> ReviewValidation {
        validate(parsed, inputs: inputs(of: parsed.document))
    }

    /// What validating `document` reads of the rest of the site: its
    /// dependencies' statuses and its site findings. The rules are given
    /// these and nothing else of other reviews.
    func inputs(of document: ReviewDocument) -> ReviewInputs {
        var statuses: [EntityRef: ReviewStatus] = [:]
        for dependency in document.review.dependencies {
            if let ref = dependency.entity, let status = statusByComponent[ref] {
                statuses[ref] = status
            }
        }
        return ReviewInputs(dependencyStatuses: statuses, siteFindings: siteFindings[document.file] ?? [])
    }

    /// Validates `document` given its `inputs(of:)`.
    func validate(_ parsed: ParsedReview, inputs: ReviewInputs) -> ReviewValidation {
        let document = parsed.document
        let checklist = ChecklistReading(parsed, policy: policy)
        let context = ReviewContext(
            document: document, policy: policy, checklist: checklist, catalog: catalog, today: today,
            dependencyStatuses: inputs.dependencyStatuses)
        let raw = ChecklistValidator(context: context).findings()
            + ReviewerValidator(context: context).findings()
            + GapValidator(context: context).findings()
            + CatalogValidator(context: context).findings()
            + inputs.siteFindings
        let (accepted, riskDiagnostics) = RiskAcceptance(context: context).apply(to: raw)
        let status = document.review.status
        let unsorted = accepted.map { finding -> Finding in
            var finding = finding
            finding.severity = severity(of: finding, status: status)
            return finding
        }
        // `diagnostic` builds a new value (and message) on every call: build
        // each once, then sort positions by them.
        let keys = unsorted.map(\.diagnostic)
        let order = unsorted.indices.sorted { keys[$0] < keys[$1] }
        let findings = order.map { unsorted[$0] }
        let diagnostics = checklist.diagnostics + riskDiagnostics
        return ReviewValidation(
            findings: findings, diagnostics: diagnostics, sortedDiagnostics: (diagnostics + keys).sorted(),
            readiness: ReadinessSummary(findings: findings, checklist: checklist, policy: policy, tier: document.review.tier),
            categoryAnchors: CategoryAnchors(checklist.headings.mapValues(\.anchor)))
    }

    private func severity(of finding: Finding, status: ReviewStatus) -> Severity {
        if finding.isAccepted { return .note }
        if strict { return .error }
        switch status {
        case .draft, .inReview: return .warning
        case .approved, .launched: return .error
        case .retired: return .note
        }
    }
}
