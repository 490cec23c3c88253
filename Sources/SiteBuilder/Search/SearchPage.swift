import Readiness

/// `search.html`: a search form and every review as a plain list.
///
/// Without JavaScript the list is the answer (the page says search needs
/// JavaScript); `assets/search.js` loads `search-index.json`, filters as the
/// reader types and falls back to filtering the list itself where the index
/// cannot be fetched (a site opened from `file://`).
enum SearchPage {
    static let path = "search.html"
    static let indexPath = "search-index.json"
    static let script = "assets/search.js"

    static func render(_ site: Site, layouts: LayoutSet) -> RenderedPage {
        let reviews = site.reviews.indices.map { reviewSummaryValues($0, site: site, from: path) }
        let context = PageContext(site: site, path: path, title: "Search", section: "search")
        let values = context.values([
            "reviews": reviews,
            "reviewCount": site.reviews.count,
            "searchIndex": indexPath,
            "searchScript": script,
        ])
        return RenderedPage(path: path, html: layouts.render("search", values))
    }
}
