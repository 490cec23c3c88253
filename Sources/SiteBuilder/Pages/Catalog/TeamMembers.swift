import Readiness

/// The people of a team: its direct members and, transitively, the members
/// of its child groups, each marked with how they belong. Worked out once
/// per team; a top-level group can hold every person of the organisation,
/// so the rows page (``TeamPage/Lists``).
struct TeamMembers {
    /// Everyone, sorted by display name.
    let people: [EntityRef]
    private let direct: Set<EntityRef>
    /// The child groups each indirect member belongs to, sorted.
    private let via: [EntityRef: [EntityRef]]

    init(_ team: EntityRef, catalog: Catalog) {
        let direct = Set(catalog.members(of: team))
        // Child groups come sorted, so each member's `via` list is sorted too.
        var via: [EntityRef: [EntityRef]] = [:]
        for group in catalog.childGroups(of: team, transitive: true) {
            for member in catalog.members(of: group) where !direct.contains(member) {
                via[member, default: []].append(group)
            }
        }
        people = CatalogNames.sorted(
            Array(direct.union(via.keys)), name: { CatalogNames.name(of: $0, in: catalog) }, ref: { $0 })
        self.direct = direct
        self.via = via
    }

    /// The rows at `rows`: `name`, `ref`, `role` (the User's description),
    /// `email` (a mailto link), `direct`, and `via` (the child groups a
    /// member belongs to, for members who are not direct).
    func values(_ rows: Range<Int>, site: Site, directory: CatalogDirectory, root: String) -> [LayoutValue] {
        let catalog = site.catalog
        return people[rows].map { member in
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
