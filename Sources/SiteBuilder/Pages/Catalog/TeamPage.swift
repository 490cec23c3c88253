import Readiness

/// One page per team: who is in it, what it owns, how ready its services
/// are, and — prominently — which of its Components have no review. Its
/// lists grow with what the team owns and whom it holds, and page
/// (``ListPages``): later pages are `teams/<team>~reviews-N.html`,
/// `teams/<team>~unreviewed-N.html` and `teams/<team>~people-N.html`
/// (``SiteURLs/team(_:list:)`` says why the `~`).
enum TeamPage {
    /// A team's long lists, worked out once for its page and their later pages.
    struct Lists {
        let name: String
        let stats: TeamStats
        /// The team's reviews, by service.
        let reviews: ListPages
        /// The team's Components without a review, by reference.
        let unreviewed: ListPages
        /// The team's people, by name.
        let people: TeamMembers
        let members: ListPages

        init(_ team: EntityRef, site: Site) {
            let path = SiteURLs.team(team)
            let size = site.config.pageSize
            name = CatalogNames.name(of: team, in: site.catalog)
            stats = TeamStats(team, site: site)
            reviews = ListPages(count: stats.reviews.count, size: size, owner: path, anchor: "services",
                                title: "\(name): reviewed services", stem: SiteURLs.team(team, list: "reviews"))
            unreviewed = ListPages(count: stats.unreviewed.count, size: size, owner: path, anchor: "unreviewed",
                                   title: "\(name): Components without a review",
                                   stem: SiteURLs.team(team, list: "unreviewed"))
            people = TeamMembers(team, catalog: site.catalog)
            members = ListPages(count: people.people.count, size: size, owner: path, anchor: "people",
                                title: "\(name): people", stem: SiteURLs.team(team, list: "people"))
        }
    }

    /// The team's page and the later pages of its lists.
    static func jobs(_ team: EntityRef, site: Site, directory: CatalogDirectory, layouts: LayoutSet) -> [PageJob] {
        let lists = Lists(team, site: site)
        return ListPage.jobs(
            PageJob(SiteURLs.team(team)) { render(team, site: site, directory: directory, lists: lists, layouts: layouts) },
            ownerTitle: lists.name, section: "teams", site: site, layouts: layouts, lists: [
                .init(list: lists.reviews, kind: "teamReviews") { reviews(lists, page: $0, site: site, from: $1) },
                .init(list: lists.unreviewed, kind: "components") {
                    unreviewed(lists, page: $0, site: site, directory: directory, from: $1)
                },
                .init(list: lists.members, kind: "members") {
                    members(lists, page: $0, site: site, directory: directory, from: $1)
                },
            ])
    }

    static func render(
        _ team: EntityRef, site: Site, directory: CatalogDirectory, lists: Lists, layouts: LayoutSet
    ) -> RenderedPage {
        let path = SiteURLs.team(team)
        let root = SiteURLs.root(from: path)
        let catalog = site.catalog
        let entity = catalog.entity(team)
        let email = entity?.profile?.email
        var values: LayoutFacts = [
            "name": lists.name,
            "ref": team.displayName,
            "kind": CatalogNames.kindLabel(team, entity: entity),
            "inCatalog": entity != nil,
            "description": entity?.description,
            "groupType": entity?.type,
            "email": email.flatMap { sealedLink("mailto:" + $0, text: $0) },
            "parents": catalog.parentGroups(of: team).map { directory.teamLink($0, site: site, root: root) },
            "children": catalog.childGroups(of: team).map { directory.teamLink($0, site: site, root: root) },
            "counts": lists.stats.values,
        ]
        values.add(reviews(lists, page: 1, site: site, from: path))
        values.add(unreviewed(lists, page: 1, site: site, directory: directory, from: path))
        values.add(members(lists, page: 1, site: site, directory: directory, from: path))
        let context = PageContext(site: site, path: path, title: lists.name, section: "teams")
        return RenderedPage(path: path, bytes: layouts.render("team", context.values([
            "team": sealed(values), "teamsURL": root + SiteURLs.teams,
        ])))
    }

    /// Page `number` of the team's reviews: `reviews` and `reviewsPager`.
    private static func reviews(_ lists: Lists, page number: Int, site: Site, from path: String) -> LayoutFacts {
        ["reviews": lists.stats.reviews[lists.reviews.rows(onPage: number)].map {
            sealed(reviewSummaryValues($0, site: site, from: path))
         },
         "reviewsPager": PagerValues.make(lists.reviews, page: number, from: path)]
    }

    /// Page `number` of the team's people: `members` and `membersPager`.
    private static func members(
        _ lists: Lists, page number: Int, site: Site, directory: CatalogDirectory, from path: String
    ) -> LayoutFacts {
        ["members": lists.people.values(lists.members.rows(onPage: number), site: site, directory: directory,
                                        root: SiteURLs.root(from: path)),
         "membersPager": PagerValues.make(lists.members, page: number, from: path)]
    }

    /// Page `number` of the team's Components without a review: `unreviewed`
    /// and `unreviewedPager`, the names the `catalog-components` partial
    /// shares with the teams index.
    private static func unreviewed(
        _ lists: Lists, page number: Int, site: Site, directory: CatalogDirectory, from path: String
    ) -> LayoutFacts {
        componentRowsPage(lists.stats.unreviewed, named: "unreviewed", list: lists.unreviewed, page: number,
                          site: site, directory: directory, from: path)
    }
}
