import Readiness

/// The render stage: every page as a pure function of the site and layouts,
/// rendered on every core, returned in a stable order.
public enum SiteRenderer {
    /// Every page of the site, rendered and finished.
    public static func render(_ site: Site, layouts: LayoutSet) -> [RenderedPage] {
        jobs(site, layouts: layouts).parallelMap { finish($0.render()) }
    }

    /// The site's pages as jobs, in a stable order: the dashboards, the
    /// reviews, the catalog, the retrospectives, search and 404. The big
    /// aggregate pages come first so they start while reviews fill the other cores.
    static func jobs(
        _ site: Site, layouts: LayoutSet, gaps: GapIndex? = nil, retrospectives: RetrospectiveDirectory? = nil
    ) -> [PageJob] {
        let gaps = gaps ?? GapIndex(site)
        let retrospectives = retrospectives ?? RetrospectiveDirectory(site: site)
        var jobs = HomePage.jobs(site, gaps: gaps, retrospectives: retrospectives, layouts: layouts)
        jobs += GapsPage.jobs(site, gaps: gaps, layouts: layouts)
        jobs += Tier.allCases.flatMap { TierPage.jobs($0, site: site, gaps: gaps, layouts: layouts) }
        jobs += site.reviews.indices.map { reviewJob($0, site: site, retrospectives: retrospectives, layouts: layouts) }
        jobs += CatalogPages.jobs(site, layouts: layouts)
        jobs += RetrospectivePages.jobs(site, directory: retrospectives, layouts: layouts)
        if layouts.names.contains("search") { jobs += SearchPage.jobs(site, layouts: layouts) }
        if layouts.names.contains("404") { jobs.append(PageJob(NotFoundPage.path) { NotFoundPage.render(site, layouts: layouts) }) }
        return PageJob.unique(jobs)
    }

    /// Every file of the site but the layouts' assets, as jobs: the pages,
    /// then the data files, feeds and search index.
    static func allJobs(
        _ site: Site, layouts: LayoutSet, retrospectives: RetrospectiveDirectory? = nil
    ) -> (pages: [PageJob], files: [PageJob]) {
        let gaps = GapIndex(site)
        let pages = jobs(site, layouts: layouts, gaps: gaps, retrospectives: retrospectives)
        return (pages, dataFileJobs(site, gaps: gaps) + ReaderFiles.jobs(site, pagePaths: pages.map(\.path)))
    }

    /// The page of the review at `index` of `site.reviews`.
    static func reviewJob(
        _ index: Int, site: Site, retrospectives: RetrospectiveDirectory, layouts: LayoutSet
    ) -> PageJob {
        PageJob(SiteURLs.review(site.reviews[index].review.serviceName)) {
            ReviewPage.render(index, site: site, retrospectives: retrospectives, layouts: layouts)
        }
    }

    /// The passes every page gets after its layout: one `h1`, heading anchors.
    static func finish(_ page: RenderedPage) -> RenderedPage {
        RenderedPage(path: page.path, bytes: HeadingAnchors.add(to: SingleHeadingOne.apply(to: page.bytes)))
    }

    /// The machine-readable files written with the site (`reviews.json`, `gaps.json`).
    public static func dataFiles(_ site: Site) -> [RenderedPage] {
        dataFileJobs(site, gaps: GapIndex(site)).map { $0.render() }
    }

    /// `reviews.json` and `gaps.json` as jobs, to render beside the pages.
    static func dataFileJobs(_ site: Site, gaps: GapIndex) -> [PageJob] {
        [
            PageJob(SiteURLs.reviewsJSON, json: { ReviewsJSON.document(site) }),
            PageJob(SiteURLs.gapsJSON, json: { GapsJSON.document(site, gaps: gaps) }),
        ]
    }
}
