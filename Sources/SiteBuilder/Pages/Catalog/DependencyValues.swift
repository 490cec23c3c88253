import Readiness

/// A review's dependencies joined with the catalog: each documented
/// dependency with its catalog entity and, for a reviewed Component, that
/// review's readiness; the catalog's `dependsOn` entries the review leaves
/// out; and who depends on this service.
enum DependencyValues {
    /// `documented`, `undocumented` and `dependedOnBy`, all sorted by reference.
    static func make(_ index: Int, site: Site, from page: String) -> LayoutValue {
        let review = site.reviews[index].review
        let catalog = site.catalog
        let component = site.index.entries[index].component.flatMap { catalog.entity($0) }
        let catalogDependencies = Set(component?.dependsOn.map(\.ref) ?? [])
        let parsed = review.dependencies.map { (ref: $0.entity, dependency: $0) }
        // Each key made once, not at every comparison.
        let documented = parsed.map { (key: $0.ref.map { $0.description } ?? $0.dependency.ref, parsed: $0) }
            .sorted { $0.key < $1.key }
            .map { _, parsed -> LayoutValue in
                let (ref, dependency) = parsed
                var values = entityFacts(ref, written: dependency.ref, site: site, from: page)
                values["onFailure"] = dependency.onFailure ?? false
                values["timeout"] = dependency.timeoutMS.map { "\(Formatting.number($0)) ms" } ?? false
                values["retries"] = dependency.retries.map(String.init) ?? false
                values["circuitBreaker"] = dependency.circuitBreaker.map { $0 ? "yes" : "no" } ?? false
                // Only a catalog Component has a `dependsOn` to disagree with.
                values["notInDependsOn"] = component != nil && !(ref.map(catalogDependencies.contains) ?? false)
                return sealed(values)
            }
        let written = Set(parsed.compactMap(\.ref))
        let undocumented = (component?.dependsOn ?? []).map(\.ref).filter { !written.contains($0) }
        let uniqueUndocumented = Array(Set(undocumented)).sorted()
        let dependents = component.map { catalog.dependents(of: $0.ref) } ?? []
        return [
            "documented": documented,
            "undocumented": uniqueUndocumented.map { entityValues($0, written: $0.displayName, site: site, from: page) },
            "dependedOnBy": dependents.map { entityValues($0.ref, written: $0.ref.displayName, site: site, from: page) },
        ]
    }

    /// One entity in a dependency list, sealed.
    static func entityValues(_ ref: EntityRef?, written: String, site: Site, from page: String) -> LayoutValue {
        sealed(entityFacts(ref, written: written, site: site, from: page))
    }

    /// One entity's facts: `ref`, `name`, `kind`, `type`, `inCatalog`,
    /// `isComponent`, and `review` (the summary of its review, or false).
    private static func entityFacts(_ ref: EntityRef?, written: String, site: Site, from page: String) -> LayoutFacts {
        let entity = ref.flatMap { site.catalog.entity($0) }
        let reviewIndex = ref.flatMap { site.index.reviewByComponent[$0] }
        return [
            "ref": ref?.displayName ?? written,
            "name": entity?.displayTitle ?? ref?.spelledName ?? written,
            "kind": ref.map { CatalogNames.kindLabel($0, entity: entity) },
            "type": entity?.type,
            "description": entity?.description,
            "inCatalog": entity != nil,
            // Only Components have reviews; "no review" on a database would be noise.
            "isComponent": ref?.kind == "component",
            "review": reviewIndex.map { sealed(reviewSummaryValues($0, site: site, from: page)) },
        ]
    }
}
