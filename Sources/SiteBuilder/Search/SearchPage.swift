import Readiness

/// `search.html`: a search form and every review as a plain list.
///
/// Without JavaScript the list is the answer (the page says search needs
/// JavaScript); `assets/search.js` loads `search-index.json`, filters as the
/// reader types and falls back to filtering the list itself where the index
/// cannot be fetched (a site opened from `file://`). The list pages like the
/// other long lists (``ListPages``): later pages are `search-N.html`, and the
/// fallback filters the page it is on.
enum SearchPage {
    static let path = "search.html"
    static let indexPath = "search-index.json"
    static let script = "assets/search.js"

    /// The list of every review, in review order, worked out once for all of its pages.
    static func list(_ site: Site) -> ListPages {
        ListPages(count: site.reviews.count, size: site.config.pageSize, owner: path, anchor: "all-reviews",
                  title: "All reviews, for search", stem: "search")
    }

    /// The search page and the later pages of its list.
    static func jobs(_ site: Site, layouts: LayoutSet) -> [PageJob] {
        let list = list(site)
        return ListPage.jobs(
            PageJob(path) { render(site, list: list, layouts: layouts) },
            ownerTitle: "Search", section: "search", site: site, layouts: layouts,
            lists: [.init(list: list, kind: "search") { reviews(list, page: $0, site: site, from: $1) }])
    }

    static func render(_ site: Site, list: ListPages, layouts: LayoutSet) -> RenderedPage {
        let context = PageContext(site: site, path: path, title: "Search", section: "search")
        var values: LayoutFacts = [
            "reviewCount": site.reviews.count,
            "searchIndex": indexPath,
            "searchScript": script,
        ]
        values.add(reviews(list, page: 1, site: site, from: path))
        return RenderedPage(path: path, bytes: layouts.render("search", context.values(values)))
    }

    /// Page `number` of every review: `reviews` and `reviewsPager`.
    private static func reviews(_ list: ListPages, page number: Int, site: Site, from path: String) -> LayoutFacts {
        ["reviews": list.rows(onPage: number).map { reviewSummaryValues($0, site: site, from: path) },
         "reviewsPager": PagerValues.make(list, page: number, from: path)]
    }
}
