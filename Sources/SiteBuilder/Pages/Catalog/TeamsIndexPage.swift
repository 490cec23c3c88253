import Readiness

/// Every team with what it owns and how ready it is, the catalog's review
/// coverage, and every Component that has no review. Both lists grow with
/// the catalog and page (``ListPages``): later pages are `teams-N.html` and
/// `unreviewed-components-N.html`, at the output root because any name in
/// `teams/` could be a team's page.
enum TeamsIndexPage {
    static let title = "Teams"

    /// The index's long lists, worked out once for all of their pages.
    struct Lists {
        /// Teams by display name, then reference.
        let teamOrder: [EntityRef]
        let teams: ListPages
        /// Components without a review by name, then reference; `SiteIndex`
        /// keeps them in reference order.
        let unreviewedOrder: [CatalogEntity]
        let unreviewed: ListPages

        init(_ site: Site, directory: CatalogDirectory) {
            let size = site.config.pageSize
            teamOrder = CatalogNames.sorted(
                directory.teams, name: { CatalogNames.name(of: $0, in: site.catalog) }, ref: { $0 })
            teams = ListPages(count: teamOrder.count, size: size, owner: SiteURLs.teams, anchor: "all-teams",
                              title: "All teams", stem: "teams")
            unreviewedOrder = CatalogNames.sorted(site.index.unreviewedComponents, name: { $0.name }, ref: { $0.ref })
            unreviewed = ListPages(count: unreviewedOrder.count, size: size, owner: SiteURLs.teams, anchor: "unreviewed",
                                   title: "Components without a review", stem: "unreviewed-components")
        }
    }

    /// The index and the later pages of its lists.
    static func jobs(_ site: Site, directory: CatalogDirectory, layouts: LayoutSet) -> [PageJob] {
        let lists = Lists(site, directory: directory)
        return ListPage.jobs(
            PageJob(SiteURLs.teams) { render(site, directory: directory, lists: lists, layouts: layouts) },
            ownerTitle: title, section: "teams", site: site, layouts: layouts, lists: [
                .init(list: lists.teams, kind: "teams") { teams(lists, page: $0, site: site, directory: directory, from: $1) },
                .init(list: lists.unreviewed, kind: "components") {
                    unreviewed(lists, page: $0, site: site, directory: directory, from: $1)
                },
            ])
    }

    static func render(_ site: Site, directory: CatalogDirectory, lists: Lists, layouts: LayoutSet) -> RenderedPage {
        let path = SiteURLs.teams
        let context = PageContext(site: site, path: path, title: title, section: "teams")
        var values: LayoutFacts = ["coverage": CatalogCoverage(site: site).values]
        values.add(teams(lists, page: 1, site: site, directory: directory, from: path))
        values.add(unreviewed(lists, page: 1, site: site, directory: directory, from: path))
        return RenderedPage(path: path, bytes: layouts.render("teams", context.values(values)))
    }

    /// Page `number` of the teams: `teams` and `teamsPager`.
    private static func teams(
        _ lists: Lists, page number: Int, site: Site, directory: CatalogDirectory, from path: String
    ) -> LayoutFacts {
        let root = SiteURLs.root(from: path)
        let rows = lists.teamOrder[lists.teams.rows(onPage: number)].map { team -> LayoutValue in
            sealed([
                "link": directory.teamLink(team, site: site, root: root),
                "counts": TeamStats(team, site: site).values,
            ])
        }
        return ["teams": rows, "teamsPager": PagerValues.make(lists.teams, page: number, from: path)]
    }

    /// Page `number` of the Components without a review: `unreviewed` and `unreviewedPager`.
    private static func unreviewed(
        _ lists: Lists, page number: Int, site: Site, directory: CatalogDirectory, from path: String
    ) -> LayoutFacts {
        componentRowsPage(lists.unreviewedOrder, named: "unreviewed", list: lists.unreviewed, page: number,
                          site: site, directory: directory, from: path)
    }
}
