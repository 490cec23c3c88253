import Readiness

/// One page per System: its owner and domain, its Components with their
/// review status and readiness, and the other entities it holds. Both lists
/// grow with the system and page (``ListPages``): later pages are
/// `systems/<system>~components-N.html` and `systems/<system>~others-N.html`
/// (``SiteURLs/team(_:list:)`` says why the `~`).
enum SystemPage {
    /// The system's long lists, worked out once for its page and their later pages.
    struct Lists {
        let name: String
        let stats: SystemStats
        /// The Components, by reference.
        let components: ListPages
        /// Every other entity of the system (APIs, Resources, …), in the
        /// catalog's order, which the page has always shown them in.
        let otherEntities: [CatalogEntity]
        let others: ListPages

        init(_ system: EntityRef, site: Site) {
            name = site.catalog.entity(system)?.displayTitle ?? system.displayName
            stats = SystemStats(system, site: site)
            components = ListPages(count: stats.components.count, size: site.config.pageSize,
                                   owner: SiteURLs.system(system), anchor: "components",
                                   title: "\(name): Components", stem: SiteURLs.system(system, list: "components"))
            otherEntities = site.catalog.entities(in: system).filter { $0.kind != .component }
            others = ListPages(count: otherEntities.count, size: site.config.pageSize,
                               owner: SiteURLs.system(system), anchor: "other-entities",
                               title: "\(name): APIs and resources", stem: SiteURLs.system(system, list: "others"))
        }
    }

    /// The system's page and the later pages of its lists.
    static func jobs(_ system: EntityRef, site: Site, directory: CatalogDirectory, layouts: LayoutSet) -> [PageJob] {
        let lists = Lists(system, site: site)
        return ListPage.jobs(
            PageJob(SiteURLs.system(system)) { render(system, site: site, directory: directory, lists: lists, layouts: layouts) },
            ownerTitle: lists.name, section: "systems", site: site, layouts: layouts, lists: [
                .init(list: lists.components, kind: "systemComponents") {
                    components(lists, page: $0, site: site, directory: directory, from: $1)
                },
                .init(list: lists.others, kind: "systemOthers") { others(lists, page: $0, from: $1) },
            ])
    }

    static func render(
        _ system: EntityRef, site: Site, directory: CatalogDirectory, lists: Lists, layouts: LayoutSet
    ) -> RenderedPage {
        let path = SiteURLs.system(system)
        let root = SiteURLs.root(from: path)
        let catalog = site.catalog
        let entity = catalog.entity(system)
        let name = lists.name
        let domain = entity?.domain.map { reference in
            sealed([
                "text": catalog.entity(reference.ref)?.displayTitle ?? reference.ref.displayName,
                "ref": reference.ref.displayName,
                "description": catalog.entity(reference.ref)?.description,
            ])
        }
        var values: LayoutFacts = [
            "name": name,
            "ref": system.displayName,
            "inCatalog": entity != nil,
            "description": entity?.description,
            "ownerLink": entity?.owner.map { directory.teamLink($0.ref, site: site, root: root) },
            "domain": domain,
            "counts": lists.stats.values,
        ]
        values.add(components(lists, page: 1, site: site, directory: directory, from: path))
        values.add(others(lists, page: 1, from: path))
        let context = PageContext(site: site, path: path, title: name, section: "systems")
        return RenderedPage(path: path, bytes: layouts.render("system", context.values([
            "system": sealed(values), "systemsURL": root + SiteURLs.systems,
        ])))
    }

    /// Page `number` of the system's Components: `components` and `componentsPager`.
    private static func components(
        _ lists: Lists, page number: Int, site: Site, directory: CatalogDirectory, from path: String
    ) -> LayoutFacts {
        componentRowsPage(lists.stats.components, named: "components", list: lists.components, page: number,
                          site: site, directory: directory, from: path)
    }

    /// Page `number` of the system's other entities: `others` and `othersPager`.
    private static func others(_ lists: Lists, page number: Int, from path: String) -> LayoutFacts {
        ["others": lists.otherEntities[lists.others.rows(onPage: number)].map { other in
            sealed([
                "name": other.displayTitle,
                "ref": other.ref.displayName,
                "kind": other.rawKind,
                "type": other.type,
                "description": other.description,
            ])
         },
         "othersPager": PagerValues.make(lists.others, page: number, from: path)]
    }
}
