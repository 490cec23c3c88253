import Readiness

/// Every System with its owner, domain and review coverage.
enum SystemsIndexPage {
    static func render(_ site: Site, directory: CatalogDirectory, layouts: LayoutSet) -> RenderedPage {
        let path = SiteURLs.systems
        let root = SiteURLs.root(from: path)
        let catalog = site.catalog
        let systems = CatalogNames.sorted(
            directory.systems, name: { catalog.entity($0)?.displayTitle ?? $0.displayName }, ref: { $0 })
        let rows = systems.map { system -> LayoutValue in
            let entity = catalog.entity(system)
            return sealed([
                "link": directory.systemLink(system, site: site, root: root),
                "description": entity?.description,
                "ownerLink": entity?.owner.map { directory.teamLink($0.ref, site: site, root: root) },
                "domain": entity?.domain.map { catalog.entity($0.ref)?.displayTitle ?? $0.ref.displayName },
                "counts": SystemStats(system, site: site).values,
            ])
        }
        let context = PageContext(site: site, path: path, title: "Systems", section: "systems")
        return RenderedPage(path: path, bytes: layouts.render("systems", context.values(["systems": rows])))
    }
}
