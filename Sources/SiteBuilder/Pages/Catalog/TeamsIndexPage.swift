import Readiness

/// Every team with what it owns and how ready it is, the catalog's review
/// coverage, and every Component that has no review.
enum TeamsIndexPage {
    static func render(_ site: Site, directory: CatalogDirectory, layouts: LayoutSet) -> RenderedPage {
        let path = SiteURLs.teams
        let root = SiteURLs.root(from: path)
        let teams = CatalogNames.sorted(
            directory.teams, name: { CatalogNames.name(of: $0, in: site.catalog) }, ref: { $0 })
        let rows = teams.map { team -> LayoutValue in
            sealed([
                "link": directory.teamLink(team, site: site, root: root),
                "counts": TeamStats(team, site: site).values,
            ])
        }
        // Sorted by component name; `SiteIndex` keeps them in reference order.
        let unreviewed = CatalogNames.sorted(
            site.index.unreviewedComponents, name: { $0.name }, ref: { $0.ref })
        let context = PageContext(site: site, path: path, title: "Teams", section: "teams")
        return RenderedPage(path: path, html: layouts.render("teams", context.values([
            "teams": rows,
            "coverage": CatalogCoverage(site: site).values,
            "unreviewed": unreviewed.map { componentRowValues($0, site: site, directory: directory, from: path) },
        ])))
    }
}
