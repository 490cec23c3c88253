import Readiness

/// The gap summary's by-team table: one row per owning team, sorted by
/// reference, then one for the reviews without a known owner. Each row
/// counts open and accepted findings from the same `GapIndex` as
/// ``GapGroups``' tables.
///
/// The table grows with the organisation, so it pages (``GapsPage/Lists``):
/// the grouping and the order are worked out once, and each page turns only
/// its own rows into layout values.
struct TeamGapRows {
    /// Owning teams in reference order.
    let teams: [EntityRef]
    /// Every gap by its review's owner; nil holds the reviews without one.
    let byOwner: [EntityRef?: [GapIndex.Gap]]
    let site: Site

    init(_ gaps: GapIndex, site: Site) {
        byOwner = Dictionary(grouping: gaps.all) { site.index.entries[$0.review].owner }
        teams = byOwner.keys.compactMap { $0 }.sorted()
        self.site = site
    }

    /// The teams, plus the "No owner" row when some review has no known owner.
    var count: Int { teams.count + (byOwner[nil] == nil ? 0 : 1) }

    /// The rows at positions `range` (``count`` in all), linked from `page`.
    func rows(_ range: Range<Int>, from page: String) -> [LayoutFacts] {
        range.map { position in
            guard position < teams.count else {
                var row = GapValues.counts(byOwner[nil] ?? [])
                row["title"] = "No owner"
                return row
            }
            let team = teams[position]
            var row = GapValues.counts(byOwner[team] ?? [])
            row["title"] = team.displayName
            row["url"] = SiteURLs.root(from: page) + SiteURLs.team(team)
            return row
        }
    }
}
