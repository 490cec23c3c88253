/// What validating one review reads beyond the review itself and the
/// validator's site-wide inputs (policy, catalog, today, strict): two loads
/// with equal documents, settings and inputs give equal validations, which
/// is what lets `prr serve` keep a validation across loads.
struct ReviewInputs: Equatable, Sendable {
    /// The status of the review of each Component this review depends on,
    /// by reference; absent when that Component has no review. Rules see
    /// these statuses and no others (see `ReviewContext`), so a change to
    /// another review's status matters only to the reviews listed here.
    let dependencyStatuses: [EntityRef: ReviewStatus]
    /// Findings computed across the site for this review (an overdue
    /// retrospective, for example).
    let siteFindings: [Finding]
}
