import Readiness

/// The render stage: every page as a pure function of the site and layouts,
/// rendered on every core, returned in a stable order.
public enum SiteRenderer {
    /// Every page of the site, rendered and finished.
    public static func render(_ site: Site, layouts: LayoutSet) -> [RenderedPage] {
        allJobs(site, layouts: layouts).pages.parallelMap { finish($0.render()) }
    }

    /// Every file of the site but the layouts' assets, as jobs, in a stable
    /// order: the pages (the dashboards, the reviews, the catalog, the
    /// retrospectives, search and 404; the big aggregate pages first, so
    /// they start while reviews fill the other cores), then the data files,
    /// feeds and search index.
    static func allJobs(
        _ site: Site, layouts: LayoutSet, retrospectives: RetrospectiveDirectory? = nil
    ) -> (pages: [PageJob], files: [PageJob]) {
        let retrospectives = retrospectives ?? RetrospectiveDirectory(site: site)
        let reviews = reviewJobs(site, retrospectives: retrospectives, layouts: layouts)
        let others = jobs(around: reviews, site, layouts: layouts, retrospectives: retrospectives)
        return (others.before + reviews + others.after, others.files)
    }

    /// The review pages' jobs, one per path.
    static func reviewJobs(_ site: Site, retrospectives: RetrospectiveDirectory, layouts: LayoutSet) -> [PageJob] {
        PageJob.unique(site.reviews.indices.map { reviewJob($0, site: site, retrospectives: retrospectives, layouts: layouts) })
    }

    /// The jobs of ``allJobs(_:layouts:retrospectives:)`` but the
    /// `reviews` (``reviewJobs(_:retrospectives:layouts:)``): the pages
    /// listed before and after them, none at a path already taken (a
    /// review's, or one listed earlier), and the files. Listing these is
    /// the longest one-core step of a build, so a build renders the reviews
    /// while one core lists the rest.
    static func jobs(
        around reviews: [PageJob], _ site: Site, layouts: LayoutSet, retrospectives: RetrospectiveDirectory
    ) -> (before: [PageJob], after: [PageJob], files: [PageJob]) {
        let gaps = GapIndex(site)
        var before = HomePage.jobs(site, gaps: gaps, retrospectives: retrospectives, layouts: layouts)
        before += GapsPage.jobs(site, gaps: gaps, layouts: layouts)
        before += Tier.allCases.flatMap { TierPage.jobs($0, site: site, gaps: gaps, layouts: layouts) }
        var after = CatalogPages.jobs(site, layouts: layouts)
        after += RetrospectivePages.jobs(site, directory: retrospectives, layouts: layouts)
        if layouts.names.contains("search") { after += SearchPage.jobs(site, layouts: layouts) }
        if layouts.names.contains("404") { after.append(PageJob(NotFoundPage.path) { NotFoundPage.render(site, layouts: layouts) }) }
        var taken = Set(reviews.map(\.path))
        before = PageJob.unique(before, taken: &taken)
        after = PageJob.unique(after, taken: &taken)
        let pagePaths = before.map(\.path) + reviews.map(\.path) + after.map(\.path)
        return (before, after, dataFileJobs(site, gaps: gaps) + ReaderFiles.jobs(site, pagePaths: pagePaths))
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
