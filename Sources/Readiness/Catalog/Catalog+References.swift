extension Catalog {
    /// A warning for every reference that names no loaded entity, at the
    /// reference's line and column. Warnings, not errors: catalogs often refer
    /// to entities kept in another catalog.
    public func danglingReferences() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for entity in entities {
            for reference in entity.references where !contains(reference.ref) {
                found.append(Diagnostic(
                    .warning, CatalogRules.danglingRef,
                    "\(reference.field) of \(entity.ref.displayName) refers to \(reference.ref.displayName), which is not in the catalog",
                    at: reference.location,
                    hint: "Check the spelling, or add `\(reference.ref.displayName)` to the catalog if it belongs there."))
            }
        }
        return found
    }
}
