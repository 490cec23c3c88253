import Readiness

/// The site's findings grouped by category, team and tier, as table rows.
/// Each row counts open and accepted findings from the same `GapIndex`.
enum GapGroups {
    /// The label for findings that belong to no policy category.
    static let otherCategory = "Other (no checklist category)"

    /// One row per policy category in policy order, then one for findings with
    /// no (known) category when there are any.
    static func byCategory(_ gaps: GapIndex, site: Site) -> [[String: Any]] {
        let grouped = Dictionary(grouping: gaps.all) { categoryKey($0.finding, policy: site.policy) }
        var rows: [[String: Any]] = site.policy.categories.map { category in
            var row = GapValues.counts(grouped[category.id] ?? [])
            row["id"] = category.id
            row["title"] = category.title
            return row
        }
        if let other = grouped[nil] {
            var row = GapValues.counts(other)
            row["title"] = otherCategory
            rows.append(row)
        }
        return rows
    }

    /// One row per owning team, sorted by reference; reviews without a known
    /// owner last.
    static func byTeam(_ gaps: GapIndex, site: Site, from page: String) -> [[String: Any]] {
        let grouped = Dictionary(grouping: gaps.all) { site.index.entries[$0.review].owner }
        let teams = grouped.keys.compactMap { $0 }.sorted()
        var rows: [[String: Any]] = teams.map { team in
            var row = GapValues.counts(grouped[team] ?? [])
            row["title"] = team.displayName
            row["url"] = SiteURLs.root(from: page) + SiteURLs.team(team)
            return row
        }
        if let unowned = grouped[nil] {
            var row = GapValues.counts(unowned)
            row["title"] = "No owner"
            rows.append(row)
        }
        return rows
    }

    /// One row per tier, strictest first.
    static func byTier(_ gaps: GapIndex, site: Site, from page: String) -> [[String: Any]] {
        let grouped = Dictionary(grouping: gaps.all) { site.reviews[$0.review].review.tier }
        return Tier.allCases.map { tier in
            var row = GapValues.counts(grouped[tier] ?? [])
            row["title"] = tier.label
            row["url"] = SiteURLs.root(from: page) + SiteURLs.tier(tier)
            return row
        }
    }

    /// The policy category id of a finding, or nil when it has none the policy knows.
    static func categoryKey(_ finding: Finding, policy: Policy) -> String? {
        finding.category.flatMap { policy.category(id: $0)?.id }
    }
}
