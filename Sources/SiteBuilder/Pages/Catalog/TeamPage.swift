import Readiness

/// One page per team: who is in it, what it owns, how ready its services
/// are, and — prominently — which of its Components have no review.
enum TeamPage {
    static func render(_ team: EntityRef, site: Site, directory: CatalogDirectory, layouts: LayoutSet) -> RenderedPage {
        let path = SiteURLs.team(team)
        let root = SiteURLs.root(from: path)
        let catalog = site.catalog
        let entity = catalog.entity(team)
        let stats = TeamStats(team, site: site)
        let name = CatalogNames.name(of: team, in: catalog)
        let email = entity?.profile?.email
        let values: LayoutValue = sealed([
            "name": name,
            "ref": team.displayName,
            "kind": CatalogNames.kindLabel(team, entity: entity),
            "inCatalog": entity != nil,
            "description": entity?.description,
            "groupType": entity?.type,
            "email": email.flatMap { sealedLink("mailto:" + $0, text: $0) },
            "parents": catalog.parentGroups(of: team).map { directory.teamLink($0, site: site, root: root) },
            "children": catalog.childGroups(of: team).map { directory.teamLink($0, site: site, root: root) },
            "members": TeamMembers.values(team, site: site, directory: directory, root: root),
            "reviews": stats.reviews.map { sealed(reviewSummaryValues($0, site: site, from: path)) },
            "unreviewed": stats.unreviewed.map { componentRowValues($0, site: site, directory: directory, from: path) },
            "counts": stats.values,
        ])
        let context = PageContext(site: site, path: path, title: name, section: "teams")
        return RenderedPage(path: path, html: layouts.render("team", context.values([
            "team": values, "teamsURL": root + SiteURLs.teams,
        ])))
    }
}
