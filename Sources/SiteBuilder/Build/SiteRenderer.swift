import Readiness

/// The render stage: every page as a pure function of the site and layouts,
/// rendered on every core, returned in a stable order.
public enum SiteRenderer {
    public static func render(_ site: Site, layouts: LayoutSet) -> [RenderedPage] {
        var pages = [HomePage.render(site, layouts: layouts)]
        pages += Array(site.reviews.indices).parallelMap { ReviewPage.render($0, site: site, layouts: layouts) }
        pages += CatalogPages.render(site, layouts: layouts)
        return pages
    }
}
