import Readiness

/// The catalog's view of a reviewed service, for the review page: owner,
/// system, lifecycle, type, description, links and well-known annotations,
/// or `inCatalog: false` when the catalog does not hold the Component.
enum CatalogFactsValues {
    static func make(_ index: Int, site: Site, from page: String) -> LayoutValue {
        let root = SiteURLs.root(from: page)
        let entry = site.index.entries[index]
        guard let ref = entry.component, let component = site.catalog.entity(ref) else {
            return sealed([
                "inCatalog": false,
                "componentRef": entry.component?.displayName ?? site.reviews[index].review.service,
                "hasCatalog": site.catalog.count > 0,
            ])
        }
        // Every component owner and reviewed system has a page (see CatalogDirectory).
        let owner = component.owner.map { reference in
            sealed([
                "text": CatalogNames.name(of: reference.ref, in: site.catalog),
                "ref": reference.ref.displayName,
                "url": root + SiteURLs.team(reference.ref),
            ])
        }
        let system = component.system.map { reference in
            sealed([
                "text": site.catalog.entity(reference.ref)?.displayTitle ?? reference.ref.displayName,
                "ref": reference.ref.displayName,
                "url": root + SiteURLs.system(reference.ref),
            ])
        }
        let domain = component.system.flatMap { site.catalog.entity($0.ref)?.domain }.map { reference in
            site.catalog.entity(reference.ref)?.displayTitle ?? reference.ref.displayName
        }
        return sealed([
            "inCatalog": true,
            "componentRef": component.ref.displayName,
            "ownerLink": owner,
            "systemLink": system,
            "domain": domain,
            "lifecycle": component.lifecycle,
            "type": component.type,
            "description": component.description,
            "tags": component.tags.isEmpty ? nil : component.tags.sorted().joined(separator: ", "),
            "links": component.links.compactMap { sealedLink($0.url, text: $0.title ?? $0.url) },
            "annotations": AnnotationLabels.values(component),
        ])
    }
}
