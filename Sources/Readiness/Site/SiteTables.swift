/// The site-wide tables a load derives from the reviews' front matter, the
/// retrospectives and the settings, and from nothing in the reviews' bodies:
/// which review each service keeps, the retrospective schedule and its
/// diagnostics, the validator's view of other reviews, the lessons and the
/// cross-reference index.
///
/// Because no body goes into them, `prr serve` keeps them across an edit
/// that leaves every front matter as it was (the usual save: a checklist
/// tick, a paragraph), see ``SiteTablesMemo``. Tables that hold review
/// documents (the schedule's entries) may then hold the earlier parse of an
/// edited review; readers take only its front matter, which is equal.
struct SiteTables: Sendable {
    /// What the tables are made from.
    struct Inputs: Sendable {
        /// Every parsed review, in file order, duplicates and invalid names included.
        let reviews: [ReviewDocument]
        let retrospectives: [RetrospectiveDocument]
        let policy: Policy
        let catalog: Catalog
        let today: Day
        let strict: Bool
    }

    /// Positions in `Inputs.reviews` of the reviews kept, sorted by service name.
    let linked: [Int]
    /// Duplicate reviews and invalid service names.
    let linkDiagnostics: [Diagnostic]
    let schedule: RetrospectiveSchedule
    /// Problems of retrospectives against their reviews.
    let retrospectiveDiagnostics: [Diagnostic]
    let validator: ReviewValidator
    let lessons: RetrospectiveLessons
    let index: SiteIndex

    init(_ inputs: Inputs) {
        var linkDiagnostics: [Diagnostic] = []
        linked = SiteLoader.linkedPositions(inputs.reviews, diagnostics: &linkDiagnostics)
        self.linkDiagnostics = linkDiagnostics
        let reviews = linked.map { inputs.reviews[$0] }
        let retrospectives = inputs.retrospectives.map(\.retrospective)
        schedule = RetrospectiveSchedule(
            reviews: reviews, retrospectives: inputs.retrospectives, policy: inputs.policy, today: inputs.today)
        // One index for both readers of retrospectives against their reviews.
        let reviewIndex = ReviewIndex(reviews)
        retrospectiveDiagnostics = RetrospectiveValidator(index: reviewIndex, today: inputs.today, policy: inputs.policy)
            .diagnostics(for: retrospectives)
        validator = ReviewValidator(
            policy: inputs.policy, catalog: inputs.catalog, today: inputs.today, reviews: reviews,
            siteFindings: schedule.findings, strict: inputs.strict)
        lessons = RetrospectiveLessons(retrospectives: retrospectives, index: reviewIndex, policy: inputs.policy)
        index = SiteIndex(reviews: reviews, catalog: inputs.catalog)
    }
}
