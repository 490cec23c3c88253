import Readiness

/// The dashboard's retrospectives block: how many launches are overdue and
/// which, and the ones coming up, straight from `RetrospectiveSchedule`.
enum RetrospectiveDashboardValues {
    static func make(_ site: Site, directory: RetrospectiveDirectory, from page: String) -> LayoutValue {
        let root = SiteURLs.root(from: page)
        let schedule = site.schedule
        return sealed([
            "launches": nonZero(schedule.entries.count),
            "overdueCount": nonZero(schedule.overdue.count),
            "overdue": schedule.overdue.map { RetrospectiveStateValues.make($0, directory: directory, from: page) },
            "upcoming": schedule.upcoming.map { RetrospectiveStateValues.make($0, directory: directory, from: page) },
            "indexURL": root + SiteURLs.retrospectives,
            "lessonsURL": root + SiteURLs.lessons,
        ])
    }
}
