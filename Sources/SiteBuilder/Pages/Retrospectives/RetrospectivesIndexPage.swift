import Readiness

/// The retrospectives index: every launch with where its retrospective
/// stands (done, overdue by N days, upcoming in N days), in the schedule's
/// order, then retrospectives of services the schedule does not list.
enum RetrospectivesIndexPage {
    static func render(_ site: Site, directory: RetrospectiveDirectory, layouts: LayoutSet) -> RenderedPage {
        let path = SiteURLs.retrospectives
        let root = SiteURLs.root(from: path)
        let schedule = site.schedule
        let scheduled = Set(schedule.entries.flatMap { $0.retrospectives.map(\.file) })
        let unscheduled = directory.documents.filter { !scheduled.contains($0.file) }.map { document in
            sealed([
                "service": document.retrospective.serviceName,
                "date": document.retrospective.date.description,
                "url": root + directory.path(of: document),
            ])
        }
        let context = PageContext(site: site, path: path, title: "Retrospectives", section: "retrospectives")
        let values = context.values([
            "entries": schedule.entries.map { RetrospectiveStateValues.make($0, directory: directory, from: path) },
            "overdueCount": nonZero(schedule.overdue.count),
            "doneCount": Formatting.number(schedule.done.count),
            "upcomingCount": Formatting.number(schedule.upcoming.count),
            "launchCount": Formatting.number(schedule.entries.count),
            "dueDays": RetrospectiveFormatting.days(site.policy.thresholds.retrospectiveDueDays),
            "unscheduled": unscheduled,
            "lessonsURL": root + SiteURLs.lessons,
        ])
        return RenderedPage(path: path, html: layouts.render("retrospectives", values))
    }
}
