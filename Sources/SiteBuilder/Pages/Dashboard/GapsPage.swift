import Readiness

/// The gap summary across services (`gaps.html`): open findings by rule, by
/// category, by team and by tier, the services × categories matrix, and the
/// accepted risks listed apart from the open gaps.
enum GapsPage {
    static func render(_ site: Site, gaps: GapIndex, layouts: LayoutSet) -> RenderedPage {
        let path = SiteURLs.gaps
        let context = PageContext(site: site, path: path, title: "Gap summary", section: "gaps")
        let values = context.values([
            "openCount": gaps.open.count,
            "acceptedCount": gaps.accepted.count,
            "reviewsWithGaps": Set(gaps.open.map(\.review)).count,
            "reviewCount": site.reviews.count,
            "rules": GapValues.rules(gaps.openByRule(), site: site, from: path),
            "groups": [
                group("by-category", "By category", column: "Category", GapGroups.byCategory(gaps, site: site)),
                group("by-team", "By team", column: "Team", GapGroups.byTeam(gaps, site: site, from: path)),
                group("by-tier", "By tier", column: "Tier", GapGroups.byTier(gaps, site: site, from: path)),
            ],
            "matrix": GapMatrixValues.make(gaps, site: site, from: path),
            "accepted": gaps.accepted.map { GapValues.finding($0, site: site, from: path) },
        ])
        return RenderedPage(path: path, html: layouts.render("gaps", values))
    }

    /// One grouped table; the layout renders every group with the same partial.
    private static func group(_ id: String, _ heading: String, column: String, _ rows: [LayoutFacts]) -> LayoutValue {
        ["id": id, "heading": heading, "groupName": column, "groupRows": rows]
    }
}
