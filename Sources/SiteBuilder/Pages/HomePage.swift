import Readiness

/// The home page: the readiness dashboard (counts by status, tier and
/// readiness, the reviews that are not ready, the largest gaps, expiring
/// risk acceptances, catalog coverage, charts) above the review table. The
/// not-ready list, the expiring and expired risks, the overdue and coming
/// retrospectives, the Components without a review and the review table
/// page (``ListPages``).
enum HomePage {
    /// The home page's long lists, worked out once for all of their pages:
    /// later pages are `not-ready-N.html`, `expiring-risks-N.html`,
    /// `expired-risks-N.html`, `overdue-retrospectives-N.html`,
    /// `upcoming-retrospectives-N.html`, `coverage-unreviewed-N.html` and
    /// `reviews-N.html`.
    struct Lists {
        /// Review indices, most open findings first.
        let notReadyOrder: [Int]
        let notReady: ListPages
        let expiringRows: [RiskExpiryValues.Row]
        let expiring: ListPages
        let expiredRows: [RiskExpiryValues.Row]
        let expired: ListPages
        /// The schedule's overdue launches, most overdue first.
        let overdue: RetrospectiveDashboardValues.Entries
        /// The launches whose retrospective is still to come, in the schedule's order.
        let upcoming: RetrospectiveDashboardValues.Entries
        /// The catalog coverage's Components without a review.
        let unreviewed: ListPages
        let reviews: ListPages

        init(_ site: Site) {
            let size = site.config.pageSize
            func list(_ count: Int, _ anchor: String, _ title: String, _ stem: String) -> ListPages {
                ListPages(count: count, size: size, owner: SiteURLs.home, anchor: anchor, title: title, stem: stem)
            }
            notReadyOrder = DashboardValues.notReadyOrder(site)
            notReady = list(notReadyOrder.count, "not-ready", "Not ready", "not-ready")
            // Both risk tables sit in the one section: page 1 of either is that section.
            expiringRows = RiskExpiryValues.expiring(site)
            expiring = list(expiringRows.count, "risk-expiry", "Accepted risks expiring soon", "expiring-risks")
            expiredRows = RiskExpiryValues.expired(site)
            expired = list(expiredRows.count, "risk-expiry", "Expired risk acceptances", "expired-risks")
            // Both retrospective lists sit in the one section too.
            let schedule = site.schedule
            overdue = .init(entries: schedule.overdue, list: list(
                schedule.overdue.count, "retrospectives", "Overdue retrospectives", "overdue-retrospectives"))
            upcoming = .init(entries: schedule.upcoming, list: list(
                schedule.upcoming.count, "retrospectives", "Retrospectives coming up", "upcoming-retrospectives"))
            // Not `unreviewed-components`: the teams index's copy of the list pages there.
            unreviewed = list(site.index.unreviewedComponents.count, "coverage", "Components without a review",
                              "coverage-unreviewed")
            reviews = list(site.reviews.count, "all-reviews", "All reviews", "reviews")
        }
    }

    /// The home page and the later pages of its lists.
    static func jobs(_ site: Site, gaps: GapIndex, retrospectives: RetrospectiveDirectory, layouts: LayoutSet) -> [PageJob] {
        let lists = Lists(site)
        return ListPage.jobs(
            PageJob(SiteURLs.home) { render(site, gaps: gaps, retrospectives: retrospectives, lists: lists, layouts: layouts) },
            ownerTitle: site.config.title, section: "home", site: site, layouts: layouts, lists: [
                .init(list: lists.notReady, kind: "notReady") { notReady(lists, page: $0, site: site, from: $1) },
                .init(list: lists.expiring, kind: "expiringRisks") { expiring(lists, page: $0, site: site, from: $1) },
                .init(list: lists.expired, kind: "expiredRisks") { expired(lists, page: $0, site: site, from: $1) },
                .init(list: lists.overdue.list, kind: "overdue") {
                    RetrospectiveDashboardValues.entries(
                        lists.overdue, named: "overdue", page: $0, directory: retrospectives, from: $1)
                },
                .init(list: lists.upcoming.list, kind: "upcoming") {
                    RetrospectiveDashboardValues.entries(
                        lists.upcoming, named: "upcoming", page: $0, directory: retrospectives, from: $1)
                },
                .init(list: lists.unreviewed, kind: "coverageUnreviewed") {
                    DashboardValues.unreviewed(lists.unreviewed, page: $0, site: site, from: $1)
                },
                .init(list: lists.reviews, kind: "reviews") { reviews(lists, page: $0, site: site, from: $1) },
            ])
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
            "riskWindow": RiskExpiryValues.dayCount(site.policy.thresholds.riskExpiryWarningDays),
            "coverage": DashboardValues.coverage(site, unreviewed: lists.unreviewed, from: path),
            "retrospectives": RetrospectiveDashboardValues.make(
                site, directory: retrospectives, overdue: lists.overdue, upcoming: lists.upcoming, from: path),
            "charts": [
                DashboardValues.statusChart(site),
                DashboardValues.readinessChart(site),
                DashboardValues.categoryChart(gaps, site: site),
            ],
            "reviewsJSON": SiteURLs.reviewsJSON,
            "gapsJSON": SiteURLs.gapsJSON,
        ]
        values.add(notReady(lists, page: 1, site: site, from: path))
        values.add(expiring(lists, page: 1, site: site, from: path))
        values.add(expired(lists, page: 1, site: site, from: path))
        values.add(reviews(lists, page: 1, site: site, from: path))
        return RenderedPage(path: path, bytes: layouts.render("index", context.values(values)))
    }

    /// Page `number` of the reviews that are not ready: `notReady` and `notReadyPager`.
    private static func notReady(_ lists: Lists, page number: Int, site: Site, from path: String) -> LayoutFacts {
        ["notReady": lists.notReadyOrder[lists.notReady.rows(onPage: number)].map { reviewSummaryValues($0, site: site, from: path) },
         "notReadyPager": PagerValues.make(lists.notReady, page: number, from: path)]
    }

    /// Page `number` of the risks expiring soon: `expiringRisks` and `expiringRisksPager`.
    private static func expiring(_ lists: Lists, page number: Int, site: Site, from path: String) -> LayoutFacts {
        ["expiringRisks": RiskExpiryValues.values(lists.expiringRows[lists.expiring.rows(onPage: number)], site: site, from: path),
         "expiringRisksPager": PagerValues.make(lists.expiring, page: number, from: path)]
    }

    /// Page `number` of the expired risks: `expiredRisks` and `expiredRisksPager`.
    private static func expired(_ lists: Lists, page number: Int, site: Site, from path: String) -> LayoutFacts {
        ["expiredRisks": RiskExpiryValues.values(lists.expiredRows[lists.expired.rows(onPage: number)], site: site, from: path),
         "expiredRisksPager": PagerValues.make(lists.expired, page: number, from: path)]
    }

    /// Page `number` of every review: `reviews` and `reviewsPager`.
    private static func reviews(_ lists: Lists, page number: Int, site: Site, from path: String) -> LayoutFacts {
        ["reviews": lists.reviews.rows(onPage: number).map { reviewSummaryValues($0, site: site, from: path) },
         "reviewsPager": PagerValues.make(lists.reviews, page: number, from: path)]
    }
}
