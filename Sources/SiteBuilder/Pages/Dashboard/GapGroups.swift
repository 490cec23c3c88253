import Readiness

/// The site's findings grouped by category and tier, as table rows (by team,
/// which grows with the organisation and pages, is ``TeamGapRows``). Each row
/// counts open and accepted findings from the same `GapIndex`.
enum GapGroups {
    /// The label for findings that belong to no policy category.
    static let otherCategory = "Other (no checklist category)"

    /// One row per policy category in policy order, then one for findings with
    /// no (known) category when there are any.
    static func byCategory(_ gaps: GapIndex, site: Site) -> [LayoutFacts] {
        categories(gaps, site: site).map { category in
            var row = GapValues.counts(category.gaps)
            row["id"] = category.id
            row["title"] = category.title
            return row
        }
    }

    /// The gaps of each policy category in policy order, then those with no
    /// (known) category (id nil) when there are any.
    static func categories(_ gaps: GapIndex, site: Site) -> [(id: String?, title: String, gaps: [GapIndex.Gap])] {
        let grouped = Dictionary(grouping: gaps.all) { categoryKey($0.finding, policy: site.policy) }
        var categories = site.policy.categories.map { category in
            (id: Optional(category.id), title: category.title, gaps: grouped[category.id] ?? [])
        }
        if let other = grouped[nil] { categories.append((nil, otherCategory, other)) }
        return categories
    }

    /// One row per tier, strictest first.
    static func byTier(_ gaps: GapIndex, site: Site, from page: String) -> [LayoutFacts] {
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
