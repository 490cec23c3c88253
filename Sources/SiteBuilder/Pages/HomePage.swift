import Readiness

/// The home page: the readiness dashboard (counts by status, tier and
/// readiness, the reviews that are not ready, the largest gaps, expiring
/// risk acceptances, catalog coverage, charts) above the full review table.
enum HomePage {
    static func render(_ site: Site, gaps: GapIndex, retrospectives: RetrospectiveDirectory, layouts: LayoutSet) -> RenderedPage {
        let path = SiteURLs.home
        let reviews = site.reviews.indices.map { reviewSummaryValues($0, site: site, from: path) }
        let byStatus = ReviewStatus.allCases.map { status in
            ["status": status.rawValue, "label": status.label,
             "count": site.reviews.filter { $0.review.status == status }.count] as LayoutValue
        }
        let byTier = Tier.allCases.map { tier in
            ["tier": tier.rawValue, "label": tier.label, "url": SiteURLs.tier(tier),
             "count": site.reviews.filter { $0.review.tier == tier }.count] as LayoutValue
        }
        let context = PageContext(site: site, path: path, title: site.config.title, section: "home")
        let values = context.values([
            "reviews": reviews,
            "reviewCount": site.reviews.count,
            "byStatus": byStatus,
            "byTier": byTier,
            "byReadiness": DashboardValues.byReadiness(site),
            "notReady": DashboardValues.notReady(site, from: path),
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
        ])
        return RenderedPage(path: path, html: layouts.render("index", values))
    }
}
