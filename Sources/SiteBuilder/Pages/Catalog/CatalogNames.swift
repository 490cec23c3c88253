import Readiness

/// How catalog entities are named and ordered on the catalog pages.
enum CatalogNames {
    /// The name a reader knows a team or person by: the profile's display
    /// name, then the title, then the entity name; for an entity the catalog
    /// does not hold, the reference as written.
    static func name(of ref: EntityRef, in catalog: Catalog) -> String {
        guard let entity = catalog.entity(ref) else { return ref.displayName }
        return name(of: entity)
    }

    static func name(of entity: CatalogEntity) -> String {
        entity.profile?.displayName ?? entity.title ?? entity.name
    }

    /// Sorts by display name (case-insensitively), then by reference, so two
    /// teams with the same display name still come out in a stable order.
    static func sorted<T>(_ items: [T], name: (T) -> String, ref: (T) -> EntityRef) -> [T] {
        items.map { (key: name($0).lowercased(), ref: ref($0), item: $0) }
            .sorted { ($0.key, $0.ref) < ($1.key, $1.ref) }
            .map(\.item)
    }

    /// The kind for display: as the descriptor spells it when loaded
    /// (`Resource`, `API`), else from the reference.
    static func kindLabel(_ ref: EntityRef, entity: CatalogEntity?) -> String {
        entity?.rawKind ?? ref.catalogKind?.descriptorName ?? ref.spelledKind
    }
}
