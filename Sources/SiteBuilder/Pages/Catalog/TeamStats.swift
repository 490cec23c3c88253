import Readiness

/// What one team owns and how ready it is: the numbers of the teams index
/// and of a team page's summary.
struct TeamStats {
    /// Indices into `Site.reviews` of the team's reviews, sorted by service.
    let reviews: [Int]
    /// The team's Components that no review covers, sorted by reference.
    let unreviewed: [CatalogEntity]
    let notReady: Int
    /// Open findings across the team's reviews.
    let openGaps: Int

    init(_ team: EntityRef, site: Site) {
        reviews = site.index.reviewsByOwner[team] ?? []
        unreviewed = site.catalog.componentsOwned(by: team).filter { site.index.reviewByComponent[$0.ref] == nil }
        notReady = reviews.filter { site.validations[$0].readiness.state == .notReady }.count
        openGaps = reviews.reduce(0) { $0 + site.validations[$1].readiness.openFindings }
    }

    /// Reviewed services plus Components without a review.
    var services: Int { reviews.count + unreviewed.count }

    /// Counts to print (`services`, `reviewed`) and counts that only show
    /// when non-zero (`notReady`, `openGaps`, `unreviewed`, false otherwise).
    var values: LayoutValue {
        sealed([
            "services": services,
            "reviewed": reviews.count,
            "notReady": nonZero(notReady),
            "openGaps": nonZero(openGaps),
            "unreviewed": nonZero(unreviewed.count),
        ])
    }
}
