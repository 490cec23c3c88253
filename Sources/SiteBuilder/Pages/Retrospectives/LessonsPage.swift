import Readiness

/// What every retrospective together says about the reviews' predictions:
/// capacity estimate accuracy (chart and table), tested headroom, alert
/// actionability, unanticipated incidents, runbook accuracy and the
/// template changes teams proposed. The estimates (table and chart) and the
/// unanticipated incidents grow with the retrospectives and page
/// (``ListPages``): later pages are `lessons-estimates-N.html` and
/// `lessons-incidents-N.html`, at the output root because any name in
/// `retrospectives/` could be a retrospective's page.
enum LessonsPage {
    static let title = "Lessons from retrospectives"

    /// The page's long lists, worked out once for all of their pages.
    struct Lists {
        let estimates: ListPages
        let incidents: ListPages
        /// Services with several estimates (``LessonsValues/datedServices(_:)``).
        let datedServices: Set<String>

        init(_ site: Site) {
            let size = site.config.pageSize
            estimates = ListPages(count: site.lessons.estimates.count, size: size, owner: SiteURLs.lessons,
                                  anchor: "lessons-capacity", title: "Capacity estimates", stem: "lessons-estimates")
            incidents = ListPages(count: site.lessons.unanticipated.count, size: size, owner: SiteURLs.lessons,
                                  anchor: "lessons-incidents", title: "Unanticipated incidents", stem: "lessons-incidents")
            datedServices = LessonsValues.datedServices(site.lessons)
        }
    }

    /// The lessons page and the later pages of its lists.
    static func jobs(_ site: Site, directory: RetrospectiveDirectory, layouts: LayoutSet) -> [PageJob] {
        let lists = Lists(site)
        return ListPage.jobs(
            PageJob(SiteURLs.lessons) { render(site, directory: directory, lists: lists, layouts: layouts) },
            ownerTitle: title, section: "retrospectives", site: site, layouts: layouts, lists: [
                .init(list: lists.estimates, kind: "estimates") { estimates(lists, page: $0, site: site, directory: directory, from: $1) },
                .init(list: lists.incidents, kind: "incidents") { incidents(lists, page: $0, site: site, directory: directory, from: $1) },
            ])
    }

    static func render(_ site: Site, directory: RetrospectiveDirectory, lists: Lists, layouts: LayoutSet) -> RenderedPage {
        let path = SiteURLs.lessons
        let root = SiteURLs.root(from: path)
        let lessons = site.lessons
        let values = LessonsValues(lessons: lessons, directory: directory, policy: site.policy, root: root)
        let context = PageContext(site: site, path: path, title: title, section: "retrospectives")
        let number: (Int) -> String = Formatting.number
        var page: LayoutFacts = [
            "retrospectiveCount": nonZero(lessons.retrospectiveCount),
            "estimateCount": nonZero(lessons.estimates.count),
            "medianRatio": lessons.medianRatio.map(Formatting.ratio),
            "meanRatio": lessons.meanRatio.map(Formatting.ratio),
            "underEstimated": number(lessons.underEstimated),
            "overEstimated": number(lessons.overEstimated),
            "underThreshold": Formatting.ratio(RetrospectiveLessons.underEstimateAbove),
            "overThreshold": Formatting.ratio(RetrospectiveLessons.overEstimateBelow),
            "headroomCovered": number(lessons.headroomCovered),
            "headroomNotCovered": number(lessons.headroomNotCovered),
            "alertsFired": number(lessons.alertsFired),
            "alertsActionable": number(lessons.alertsActionable),
            "actionableShare": lessons.actionableShare.map(RetrospectiveFormatting.percent),
            "alerts": values.alerts,
            "incidentCount": number(lessons.incidentCount),
            "anticipatedIncidents": number(lessons.anticipatedIncidents),
            "unanticipatedCount": number(lessons.unanticipated.count),
            "runbooksAccurate": number(lessons.runbooksAccurate),
            "runbooksInaccurate": number(lessons.runbooksInaccurate),
            "runbooksUnknown": number(lessons.runbooksUnknown),
            "templateChanges": values.templateChanges,
            "indexURL": root + SiteURLs.retrospectives,
        ]
        page.add(estimates(lists, page: 1, site: site, directory: directory, from: path))
        page.add(incidents(lists, page: 1, site: site, directory: directory, from: path))
        return RenderedPage(path: path, bytes: layouts.render("lessons", context.values(["lessons": sealed(page)])))
    }

    /// Page `number` of the estimates: `estimates`, their `chart` (none
    /// without estimates) and `estimatesPager`.
    private static func estimates(
        _ lists: Lists, page number: Int, site: Site, directory: RetrospectiveDirectory, from path: String
    ) -> LayoutFacts {
        let values = LessonsValues(lessons: site.lessons, directory: directory, policy: site.policy, root: SiteURLs.root(from: path))
        let rows = lists.estimates.rows(onPage: number)
        return ["estimates": values.estimates(rows),
                "chart": rows.isEmpty ? nil : values.estimateChart(rows, dated: lists.datedServices),
                "estimatesPager": PagerValues.make(lists.estimates, page: number, from: path)]
    }

    /// Page `number` of the unanticipated incidents: `unanticipated` and `unanticipatedPager`.
    private static func incidents(
        _ lists: Lists, page number: Int, site: Site, directory: RetrospectiveDirectory, from path: String
    ) -> LayoutFacts {
        let values = LessonsValues(lessons: site.lessons, directory: directory, policy: site.policy, root: SiteURLs.root(from: path))
        return ["unanticipated": values.unanticipated(lists.incidents.rows(onPage: number)),
                "unanticipatedPager": PagerValues.make(lists.incidents, page: number, from: path)]
    }
}
