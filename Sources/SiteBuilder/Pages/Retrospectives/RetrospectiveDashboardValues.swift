import Readiness

/// The dashboard's retrospectives block: how many launches are overdue and
/// which, and the ones coming up, straight from `RetrospectiveSchedule`.
/// The overdue launches page with the home page's other lists
/// (``HomePage/Lists``): the block shows the first page.
enum RetrospectiveDashboardValues {
    static func make(
        _ site: Site, directory: RetrospectiveDirectory, overdue: [RetrospectiveSchedule.Entry], list: ListPages,
        from page: String
    ) -> LayoutValue {
        let root = SiteURLs.root(from: page)
        let schedule = site.schedule
        var values: LayoutFacts = [
            "launches": nonZero(schedule.entries.count),
            "overdueCount": nonZero(overdue.count),
            "upcoming": schedule.upcoming.map { RetrospectiveStateValues.make($0, directory: directory, from: page) },
            "indexURL": root + SiteURLs.retrospectives,
            "lessonsURL": root + SiteURLs.lessons,
        ]
        values.add(self.overdue(overdue, list: list, page: 1, directory: directory, from: page))
        return sealed(values)
    }

    /// Page `number` of the overdue launches (`overdue`, most overdue
    /// first): `overdue` and `overduePager`.
    static func overdue(
        _ entries: [RetrospectiveSchedule.Entry], list: ListPages, page number: Int, directory: RetrospectiveDirectory,
        from path: String
    ) -> LayoutFacts {
        ["overdue": entries[list.rows(onPage: number)].map { RetrospectiveStateValues.make($0, directory: directory, from: path) },
         "overduePager": PagerValues.make(list, page: number, from: path)]
    }
}
