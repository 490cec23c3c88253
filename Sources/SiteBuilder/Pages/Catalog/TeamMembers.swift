import Readiness

/// The people of a team: its direct members and, transitively, the members
/// of its child groups, each marked with how they belong.
enum TeamMembers {
    /// Rows sorted by display name: `name`, `ref`, `role` (the User's
    /// description), `email` (a mailto link), `direct`, and `via` (the child
    /// groups a member belongs to, for members who are not direct).
    static func values(_ team: EntityRef, site: Site, directory: CatalogDirectory, root: String) -> [LayoutValue] {
        let catalog = site.catalog
        let direct = Set(catalog.members(of: team))
        // Child groups come sorted, so each member's `via` list is sorted too.
        var via: [EntityRef: [EntityRef]] = [:]
        for group in catalog.childGroups(of: team, transitive: true) {
            for member in catalog.members(of: group) where !direct.contains(member) {
                via[member, default: []].append(group)
            }
        }
        let everyone = CatalogNames.sorted(
            Array(direct.union(via.keys)), name: { CatalogNames.name(of: $0, in: catalog) }, ref: { $0 })
        return everyone.map { member in
            let entity = catalog.entity(member)
            let email = entity?.profile?.email
            return sealed([
                "name": CatalogNames.name(of: member, in: catalog),
                "ref": member.displayName,
                "role": entity?.description,
                "email": email.flatMap { sealedLink("mailto:" + $0, text: $0) },
                "direct": direct.contains(member),
                "via": (via[member] ?? []).map { directory.teamLink($0, site: site, root: root) },
            ])
        }
    }
}
