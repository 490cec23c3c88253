import Readiness

/// One page per tier (`tiers/tier-N.html`): what the policy demands of the
/// tier, its reviews with their readiness, and its open gaps by rule.
enum TierPage {
    static func render(_ tier: Tier, site: Site, gaps: GapIndex, layouts: LayoutSet) -> RenderedPage {
        let path = SiteURLs.tier(tier)
        let root = SiteURLs.root(from: path)
        let policy = site.policy.tier(tier)
        let indices = site.reviews.indices.filter { site.reviews[$0].review.tier == tier }
        let tierGaps = gaps.open.filter { site.reviews[$0.review].review.tier == tier }
        let requiredItems = site.policy.categories.reduce(0) { count, category in
            count + category.items.filter { $0.isRequired(for: tier) }.count
        }
        let readiness = ReadinessSummary.State.allCases.map { state in
            ["label": state.label, "state": state.rawValue,
             "count": indices.filter { site.validations[$0].readiness.state == state }.count] as LayoutValue
        }
        let context = PageContext(site: site, path: path, title: tier.label, section: "tiers")
        let values = context.values([
            "tier": [
                "number": tier.rawValue,
                "label": tier.label,
                "description": policy.description,
                "minReviewers": policy.minReviewers,
                "reviewerRoles": (policy.requiredReviewerRoles.isEmpty ? nil : policy.requiredReviewerRoles.joined(separator: ", ")) as String?,
                "independentReviewers": policy.independentReviewers,
                "signoffRoles": (policy.requiredSignoffRoles.isEmpty ? nil : policy.requiredSignoffRoles.joined(separator: ", ")) as String?,
                "modes": policy.allowedReviewModes.map(\.rawValue).joined(separator: ", "),
                "selfAttestation": policy.selfAttestation ? "yes" : "no",
                "requiredItems": requiredItems,
                "itemCount": site.policy.fullIDs.count,
            ] as LayoutValue,
            "tiers": Tier.allCases.map { other in
                ["label": other.label, "url": root + SiteURLs.tier(other), "current": other == tier] as LayoutValue
            },
            "reviewCount": indices.count,
            "readiness": readiness,
            "reviews": indices.map { reviewSummaryValues($0, site: site, from: path) },
            "openCount": tierGaps.count,
            "rules": GapValues.rules(gaps.openByRule(in: tierGaps), site: site, from: path),
        ])
        return RenderedPage(path: path, html: layouts.render("tier", values))
    }
}
