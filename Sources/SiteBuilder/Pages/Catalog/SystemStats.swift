import Readiness

/// The Components of one System and how many of them are reviewed and ready.
struct SystemStats {
    /// Sorted by reference.
    let components: [CatalogEntity]
    let reviewed: Int
    let ready: Int
    let notReady: Int
    let openGaps: Int

    init(_ system: EntityRef, site: Site) {
        components = site.catalog.components(in: system)
        let reviews = components.compactMap { site.index.reviewByComponent[$0.ref] }
        reviewed = reviews.count
        notReady = reviews.filter { site.validations[$0].readiness.state == .notReady }.count
        ready = reviewed - notReady
        openGaps = reviews.reduce(0) { $0 + site.validations[$1].readiness.openFindings }
    }

    var unreviewed: Int { components.count - reviewed }

    /// Counts to print, and counts that only show when non-zero.
    var values: LayoutValue {
        sealed([
            "components": components.count,
            "reviewed": reviewed,
            "ready": ready,
            "notReady": nonZero(notReady),
            "openGaps": nonZero(openGaps),
            "unreviewed": nonZero(unreviewed),
        ])
    }
}
