import Readiness

/// One page per System: its owner and domain, its Components with their
/// review status and readiness, and the other entities it holds.
enum SystemPage {
    static func render(_ system: EntityRef, site: Site, directory: CatalogDirectory, layouts: LayoutSet) -> RenderedPage {
        let path = SiteURLs.system(system)
        let root = SiteURLs.root(from: path)
        let catalog = site.catalog
        let entity = catalog.entity(system)
        let stats = SystemStats(system, site: site)
        let name = entity?.displayTitle ?? system.displayName
        let domain = entity?.domain.map { reference in
            sealed([
                "text": catalog.entity(reference.ref)?.displayTitle ?? reference.ref.displayName,
                "ref": reference.ref.displayName,
                "description": catalog.entity(reference.ref)?.description,
            ])
        }
        let others = catalog.entities(in: system).filter { $0.kind != .component }.map { other in
            sealed([
                "name": other.displayTitle,
                "ref": other.ref.displayName,
                "kind": other.rawKind,
                "type": other.type,
                "description": other.description,
            ])
        }
        let values: LayoutValue = sealed([
            "name": name,
            "ref": system.displayName,
            "inCatalog": entity != nil,
            "description": entity?.description,
            "ownerLink": entity?.owner.map { directory.teamLink($0.ref, site: site, root: root) },
            "domain": domain,
            "components": stats.components.map { componentRowValues($0, site: site, directory: directory, from: path) },
            "others": others,
            "counts": stats.values,
        ])
        let context = PageContext(site: site, path: path, title: name, section: "systems")
        return RenderedPage(path: path, html: layouts.render("system", context.values([
            "system": values, "systemsURL": root + SiteURLs.systems,
        ])))
    }
}
