import Readiness

/// The home page: the readiness dashboard (counts by status, tier and
/// readiness, the reviews that are not ready, the largest gaps, expiring
/// risk acceptances, catalog coverage, charts) above the review table. The
/// not-ready list and the review table page (``ListPages``).
enum HomePage {
    /// The home page's long lists, worked out once for all of their pages:
    /// later pages are `not-ready-N.html` and `reviews-N.html`.
    struct Lists {
        /// Review indices, most open findings first.
        let notReadyOrder: [Int]
        let notReady: ListPages
        let reviews: ListPages

        init(_ site: Site) {
            notReadyOrder = DashboardValues.notReadyOrder(site)
            notReady = ListPages(count: notReadyOrder.count, size: site.config.pageSize, owner: SiteURLs.home,
                                 anchor: "not-ready", title: "Not ready", stem: "not-ready")
            reviews = ListPages(count: site.reviews.count, size: site.config.pageSize, owner: SiteURLs.home,
                                anchor: "all-reviews", title: "All reviews", stem: "reviews")
        }
    }

    /// The home page and the later pages of its lists.
    static func jobs(_ site: Site, gaps: GapIndex, retrospectives: RetrospectiveDirectory, layouts: LayoutSet) -> [PageJob] {
        let lists = Lists(site)
        var jobs = [PageJob(SiteURLs.home) { render(site, gaps: gaps, retrospectives: retrospectives, lists: lists, layouts: layouts) }]
        jobs += ListPage.jobs(lists.notReady, ownerTitle: site.config.title, section: "home", site: site, layouts: layouts) {
            ListPage.Content(kind: "notReady", values: notReady(lists, page: $0, site: site, from: $1))
        }
        jobs += ListPage.jobs(lists.reviews, ownerTitle: site.config.title, section: "home", site: site, layouts: layouts) {
            ListPage.Content(kind: "reviews", values: reviews(lists, page: $0, site: site, from: $1))
        }
        return jobs
    }

    static func render(
        _ site: Site, gaps: GapIndex, retrospectives: RetrospectiveDirectory, lists: Lists, layouts: LayoutSet
    ) -> RenderedPage {
        let path = SiteURLs.home
        let byStatus = ReviewStatus.allCases.map { status in
            ["status": status.rawValue, "label": status.label,
             "count": site.reviews.filter { $0.review.status == status }.count] as LayoutValue
        }
        let byTier = Tier.allCases.map { tier in
            ["tier": tier.rawValue, "label": tier.label, "url": SiteURLs.tier(tier),
             "count": site.reviews.filter { $0.review.tier == tier }.count] as LayoutValue
        }
        let context = PageContext(site: site, path: path, title: site.config.title, section: "home")
        var values: LayoutFacts = [
            "reviewCount": site.reviews.count,
            "byStatus": byStatus,
            "byTier": byTier,
            "byReadiness": DashboardValues.byReadiness(site),
            "openCount": gaps.open.count,
            "acceptedCount": gaps.accepted.count,
            "largestGaps": DashboardValues.largestGaps(gaps, site: site, from: path),
            "gapsURL": SiteURLs.gaps,
            "expiringRisks": RiskExpiryValues.expiring(site, from: path),
            "expiredRisks": RiskExpiryValues.expired(site, from: path),
            "riskWindow": RiskExpiryValues.dayCount(site.policy.thresholds.riskExpiryWarningDays),
            "coverage": DashboardValues.coverage(site, from: path),
            "retrospectives": RetrospectiveDashboardValues.make(site, directory: retrospectives, from: path),
            "charts": [
                DashboardValues.statusChart(site),
                DashboardValues.readinessChart(site),
                DashboardValues.categoryChart(gaps, site: site),
            ],
            "reviewsJSON": SiteURLs.reviewsJSON,
            "gapsJSON": SiteURLs.gapsJSON,
        ]
        values.add(notReady(lists, page: 1, site: site, from: path))
        values.add(reviews(lists, page: 1, site: site, from: path))
        return RenderedPage(path: path, html: layouts.render("index", context.values(values)))
    }

    /// Page `number` of the reviews that are not ready: `notReady` and `notReadyPager`.
    private static func notReady(_ lists: Lists, page number: Int, site: Site, from path: String) -> LayoutFacts {
        ["notReady": lists.notReadyOrder[lists.notReady.rows(onPage: number)].map { reviewSummaryValues($0, site: site, from: path) },
         "notReadyPager": PagerValues.make(lists.notReady, page: number, from: path)]
    }

    /// Page `number` of every review: `reviews` and `reviewsPager`.
    private static func reviews(_ lists: Lists, page number: Int, site: Site, from path: String) -> LayoutFacts {
        ["reviews": lists.reviews.rows(onPage: number).map { reviewSummaryValues($0, site: site, from: path) },
         "reviewsPager": PagerValues.make(lists.reviews, page: number, from: path)]
    }
}
