import Readiness

/// The home page: every review with its tier, status, owner and dates.
enum HomePage {
    static func render(_ site: Site, layouts: LayoutSet) -> RenderedPage {
        let path = SiteURLs.home
        let reviews = site.reviews.indices.map { reviewSummaryValues($0, site: site, from: path) }
        let byStatus = ReviewStatus.allCases.map { status in
            ["status": status.rawValue, "label": status.label,
             "count": site.reviews.filter { $0.review.status == status }.count] as [String: Any]
        }
        let byTier = Tier.allCases.map { tier in
            ["tier": tier.rawValue, "label": tier.label,
             "count": site.reviews.filter { $0.review.tier == tier }.count] as [String: Any]
        }
        let context = PageContext(site: site, path: path, title: site.config.title, section: "home")
        let values = context.values([
            "reviews": reviews,
            "reviewCount": site.reviews.count,
            "byStatus": byStatus,
            "byTier": byTier,
        ])
        return RenderedPage(path: path, html: layouts.render("index", values))
    }
}
