import Readiness

/// One page per tier (`tiers/tier-N.html`): what the policy demands of the
/// tier, its reviews with their readiness, and its open gaps by rule. The
/// review table and each rule's findings page (``ListPages``): later pages
/// are `tiers/tier-N-reviews-M.html` and `tiers/tier-N-<rule id>-M.html`.
enum TierPage {
    /// A tier's reviews and open gaps, worked out once for all of its pages.
    struct Lists {
        let indices: [Int]
        let openCount: Int
        let reviews: ListPages
        let rules: [RuleFindings]

        init(_ tier: Tier, site: Site, gaps: GapIndex) {
            let path = SiteURLs.tier(tier)
            let stem = "tiers/tier-\(tier.rawValue)-"
            indices = site.reviews.indices.filter { site.reviews[$0].review.tier == tier }
            let tierGaps = gaps.open.filter { site.reviews[$0.review].review.tier == tier }
            openCount = tierGaps.count
            reviews = ListPages(count: indices.count, size: site.config.pageSize, owner: path, anchor: "tier-reviews",
                                title: "\(tier.label): reviews", stem: stem + "reviews")
            rules = RuleFindings.lists(GapIndex.byRule(tierGaps), owner: path, stem: stem, pageSize: site.config.pageSize)
        }
    }

    /// The tier's pages: its own and the later pages of its lists.
    static func jobs(_ tier: Tier, site: Site, gaps: GapIndex, layouts: LayoutSet) -> [PageJob] {
        let lists = Lists(tier, site: site, gaps: gaps)
        var jobs = [PageJob(SiteURLs.tier(tier)) { render(tier, site: site, lists: lists, layouts: layouts) }]
        jobs += ListPage.jobs(lists.reviews, ownerTitle: tier.label, section: "tiers", site: site, layouts: layouts) {
            ListPage.Content(kind: "tierReviews", values: reviews(lists, page: $0, site: site, from: $1))
        }
        for rule in lists.rules {
            jobs += ListPage.jobs(rule.list, ownerTitle: tier.label, section: "tiers", site: site, layouts: layouts) {
                ListPage.Content(kind: "rule", values: ["rule": GapValues.rule(rule, page: $0, site: site, from: $1)])
            }
        }
        return jobs
    }

    static func render(_ tier: Tier, site: Site, lists: Lists, layouts: LayoutSet) -> RenderedPage {
        let path = SiteURLs.tier(tier)
        let root = SiteURLs.root(from: path)
        let policy = site.policy.tier(tier)
        let indices = lists.indices
        let requiredItems = site.policy.categories.reduce(0) { count, category in
            count + category.items.filter { $0.isRequired(for: tier) }.count
        }
        let readiness = ReadinessSummary.State.allCases.map { state in
            ["label": state.label, "state": state.rawValue,
             "count": indices.filter { site.validations[$0].readiness.state == state }.count] as LayoutValue
        }
        let context = PageContext(site: site, path: path, title: tier.label, section: "tiers")
        var values: LayoutFacts = [
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
            "openCount": lists.openCount,
            "rules": lists.rules.map { GapValues.rule($0, page: 1, site: site, from: path) },
        ]
        values.add(reviews(lists, page: 1, site: site, from: path))
        return RenderedPage(path: path, bytes: layouts.render("tier", context.values(values)))
    }

    /// Page `number` of the tier's reviews: `reviews` and `reviewsPager`.
    private static func reviews(_ lists: Lists, page number: Int, site: Site, from path: String) -> LayoutFacts {
        ["reviews": lists.indices[lists.reviews.rows(onPage: number)].map { reviewSummaryValues($0, site: site, from: path) },
         "reviewsPager": PagerValues.make(lists.reviews, page: number, from: path)]
    }
}
