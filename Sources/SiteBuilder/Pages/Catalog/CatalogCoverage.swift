import Readiness

/// How much of the catalog has a review: reviewed Components over all
/// Components.
struct CatalogCoverage {
    let reviewed: Int
    let total: Int

    init(site: Site) {
        let refs = site.catalog.read(.component, \.ref)
        total = refs.count
        reviewed = refs.count { site.index.reviewByComponent[$0] != nil }
    }

    /// Whole percent, rounded down so that one missing review never shows as 100%.
    var percent: Int? { total == 0 ? nil : reviewed * 100 / total }

    /// `reviewed`, `total`, `percent` ("85%"), `complete`; nil without Components.
    var values: LayoutValue? {
        guard let percent else { return nil }
        return sealed([
            "reviewed": reviewed, "total": total, "percent": "\(percent)%", "complete": reviewed == total,
        ])
    }
}
