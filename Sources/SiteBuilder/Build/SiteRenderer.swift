import Readiness

/// The render stage: every page as a pure function of the site and layouts,
/// rendered on every core, returned in a stable order.
public enum SiteRenderer {
    public static func render(_ site: Site, layouts: LayoutSet) -> [RenderedPage] {
        let gaps = GapIndex(site)
        let retrospectives = RetrospectiveDirectory(site: site)
        var pages = [
            HomePage.render(site, gaps: gaps, retrospectives: retrospectives, layouts: layouts),
            GapsPage.render(site, gaps: gaps, layouts: layouts),
        ]
        pages += Tier.allCases.map { TierPage.render($0, site: site, gaps: gaps, layouts: layouts) }
        pages += Array(site.reviews.indices).parallelMap {
            ReviewPage.render($0, site: site, retrospectives: retrospectives, layouts: layouts)
        }
        pages += CatalogPages.render(site, layouts: layouts)
        pages += RetrospectivePages.render(site, directory: retrospectives, layouts: layouts)
        if layouts.names.contains("search") { pages.append(SearchPage.render(site, layouts: layouts)) }
        if layouts.names.contains("404") { pages.append(NotFoundPage.render(site, layouts: layouts)) }
        return pages.parallelMap { RenderedPage(path: $0.path, html: HeadingAnchors.add(to: SingleHeadingOne.apply(to: $0.html))) }
    }

    /// The machine-readable files written with the site (`reviews.json`, `gaps.json`).
    public static func dataFiles(_ site: Site) -> [RenderedPage] {
        let gaps = GapIndex(site)
        return [
            RenderedPage(path: SiteURLs.reviewsJSON, html: ReviewsJSON.document(site)),
            RenderedPage(path: SiteURLs.gapsJSON, html: GapsJSON.document(site, gaps: gaps)),
        ]
    }
}
