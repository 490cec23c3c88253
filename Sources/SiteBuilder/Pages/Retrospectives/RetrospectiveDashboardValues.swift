import Readiness

/// The dashboard's retrospectives block: how many launches are overdue and
/// which, and the ones coming up, straight from `RetrospectiveSchedule`.
/// The overdue launches and the ones coming up page with the home page's
/// other lists (``HomePage/Lists``): the block shows their first pages.
enum RetrospectiveDashboardValues {
    /// One of the block's lists: the schedule's entries in the order shown,
    /// and how they page.
    struct Entries: Sendable {
        let entries: [RetrospectiveSchedule.Entry]
        let list: ListPages
    }

    static func make(
        _ site: Site, directory: RetrospectiveDirectory, overdue: Entries, upcoming: Entries, from page: String
    ) -> LayoutValue {
        let root = SiteURLs.root(from: page)
        var values: LayoutFacts = [
            "launches": nonZero(site.schedule.entries.count),
            "overdueCount": nonZero(overdue.entries.count),
            "indexURL": root + SiteURLs.retrospectives,
            "lessonsURL": root + SiteURLs.lessons,
        ]
        values.add(entries(overdue, named: "overdue", page: 1, directory: directory, from: page))
        values.add(entries(upcoming, named: "upcoming", page: 1, directory: directory, from: page))
        return sealed(values)
    }

    /// Page `number` of one of the block's lists, under `name` with its
    /// pager under `name` + `Pager` (`overdue`, `overduePager`), the names
    /// its partial uses on the home page and on the list's later pages.
    static func entries(
        _ entries: Entries, named name: String, page number: Int, directory: RetrospectiveDirectory, from path: String
    ) -> LayoutFacts {
        [name: entries.entries[entries.list.rows(onPage: number)].map {
            RetrospectiveStateValues.make($0, directory: directory, from: path)
         },
         name + "Pager": PagerValues.make(entries.list, page: number, from: path)]
    }
}
