import Readiness

/// The retrospectives index: every launch with where its retrospective
/// stands (done, overdue by N days, upcoming in N days), in the schedule's
/// order, then retrospectives of services the schedule does not list. Both
/// lists grow with the launches and page (``ListPages``): later pages are
/// `retrospectives-N.html` and `other-retrospectives-N.html`, at the output
/// root because any name in `retrospectives/` could be a retrospective's page.
enum RetrospectivesIndexPage {
    static let title = "Retrospectives"

    /// The index's long lists, worked out once for all of their pages.
    struct Lists {
        let entries: ListPages
        /// Retrospectives of services that are not a current launch, in the directory's order.
        let unscheduledDocuments: [RetrospectiveDocument]
        let unscheduled: ListPages

        init(_ site: Site, directory: RetrospectiveDirectory) {
            let size = site.config.pageSize
            entries = ListPages(count: site.schedule.entries.count, size: size, owner: SiteURLs.retrospectives,
                                anchor: "schedule", title: "Retrospectives by due date", stem: "retrospectives")
            let scheduled = Set(site.schedule.entries.flatMap { $0.retrospectives.map(\.file) })
            unscheduledDocuments = directory.documents.filter { !scheduled.contains($0.file) }
            unscheduled = ListPages(count: unscheduledDocuments.count, size: size, owner: SiteURLs.retrospectives,
                                    anchor: "other-retrospectives", title: "Other retrospectives",
                                    stem: "other-retrospectives")
        }
    }

    /// The index and the later pages of its lists.
    static func jobs(_ site: Site, directory: RetrospectiveDirectory, layouts: LayoutSet) -> [PageJob] {
        let lists = Lists(site, directory: directory)
        return ListPage.jobs(
            PageJob(SiteURLs.retrospectives) { render(site, directory: directory, lists: lists, layouts: layouts) },
            ownerTitle: title, section: "retrospectives", site: site, layouts: layouts, lists: [
                .init(list: lists.entries, kind: "schedule") { entries(lists, page: $0, site: site, directory: directory, from: $1) },
                .init(list: lists.unscheduled, kind: "unscheduled") { unscheduled(lists, page: $0, directory: directory, from: $1) },
            ])
    }

    static func render(_ site: Site, directory: RetrospectiveDirectory, lists: Lists, layouts: LayoutSet) -> RenderedPage {
        let path = SiteURLs.retrospectives
        let root = SiteURLs.root(from: path)
        let schedule = site.schedule
        let context = PageContext(site: site, path: path, title: title, section: "retrospectives")
        var values: LayoutFacts = [
            "overdueCount": nonZero(schedule.overdue.count),
            "doneCount": Formatting.number(schedule.done.count),
            "upcomingCount": Formatting.number(schedule.upcoming.count),
            "launchCount": Formatting.number(schedule.entries.count),
            "dueDays": RetrospectiveFormatting.days(site.policy.thresholds.retrospectiveDueDays),
            "lessonsURL": root + SiteURLs.lessons,
        ]
        values.add(entries(lists, page: 1, site: site, directory: directory, from: path))
        values.add(unscheduled(lists, page: 1, directory: directory, from: path))
        return RenderedPage(path: path, bytes: layouts.render("retrospectives", context.values(values)))
    }

    /// Page `number` of the launches by due date: `entries` and `entriesPager`.
    private static func entries(
        _ lists: Lists, page number: Int, site: Site, directory: RetrospectiveDirectory, from path: String
    ) -> LayoutFacts {
        ["entries": site.schedule.entries[lists.entries.rows(onPage: number)].map {
            RetrospectiveStateValues.make($0, directory: directory, from: path)
         },
         "entriesPager": PagerValues.make(lists.entries, page: number, from: path)]
    }

    /// Page `number` of the other retrospectives: `unscheduled` and `unscheduledPager`.
    private static func unscheduled(
        _ lists: Lists, page number: Int, directory: RetrospectiveDirectory, from path: String
    ) -> LayoutFacts {
        let root = SiteURLs.root(from: path)
        let rows = lists.unscheduledDocuments[lists.unscheduled.rows(onPage: number)].map { document in
            sealed([
                "service": document.retrospective.serviceName,
                "date": document.retrospective.date.description,
                "url": root + directory.path(of: document),
            ])
        }
        return ["unscheduled": rows, "unscheduledPager": PagerValues.make(lists.unscheduled, page: number, from: path)]
    }
}
