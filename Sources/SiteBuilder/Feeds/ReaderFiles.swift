import Readiness

/// The files written beside the pages for readers and their tools:
/// `search-index.json`, `feed.xml` and, when the site has `base_url`, `sitemap.xml`.
enum ReaderFiles {
    /// The icon shipped from the layouts folder (`Layouts/favicon.svg`).
    static let favicon = "assets/favicon.svg"

    /// The files for a site whose pages are at `pagePaths`.
    static func make(_ site: Site, pagePaths: [String]) -> [RenderedPage] {
        jobs(site, pagePaths: pagePaths).map { $0.render() }
    }

    /// The same files as jobs, to render beside the pages.
    static func jobs(_ site: Site, pagePaths: [String]) -> [PageJob] {
        let written = Set(pagePaths)
        var jobs = [
            PageJob(SearchPage.indexPath, json: { SearchIndex.document(site, writtenPages: written) }),
            PageJob(AtomFeed.path, isPage: false) {
                RenderedPage(path: AtomFeed.path, html: AtomFeed.document(site, writtenPages: written))
            },
        ]
        if let baseURL = Sitemap.baseURL(site) {
            jobs.append(PageJob(Sitemap.path, isPage: false) {
                RenderedPage(path: Sitemap.path, html: Sitemap.document(site, baseURL: baseURL, pages: pagePaths))
            })
        }
        return jobs
    }
}
