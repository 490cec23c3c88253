/// The loaded service catalog: immutable, and indexed once when built.
///
/// Every answer is sorted by entity reference, so pages and reports built
/// from the catalog are identical from run to run. The indexes are built in
/// one pass over the entities plus a sort (O(n log n)); transitive questions
/// walk only the part of the group tree they ask about.
public struct Catalog: Sendable {
    /// Every entity, sorted by reference.
    public let entities: [CatalogEntity]

    private let index: [EntityRef: Int]
    private let byKind: [CatalogKind: [Int]]
    private let owned: [EntityRef: [Int]]
    private let inSystem: [EntityRef: [Int]]
    private let dependentsOf: [EntityRef: [Int]]
    /// Group → direct child groups, from `spec.children` and other groups' `spec.parent`.
    private let childEdges: [EntityRef: [EntityRef]]
    /// Group → direct parent groups, the reverse of `childGroups`.
    private let parentEdges: [EntityRef: [EntityRef]]
    /// Group → direct members, from `spec.members` and users' `spec.memberOf`.
    private let directMembers: [EntityRef: [EntityRef]]
    /// User → groups, the reverse of `directMembers`.
    private let directGroups: [EntityRef: [EntityRef]]

    /// An empty catalog, for sites without one.
    public static let empty = Catalog(entities: [])

    /// Indexes entities. When two share a reference the first is kept
    /// (`CatalogLoader` reports the other as a duplicate).
    public init(entities: [CatalogEntity]) {
        var firsts: [Int] = []
        var seen: Set<EntityRef> = []
        for (position, entity) in entities.enumerated() where seen.insert(entity.ref).inserted { firsts.append(position) }
        // Positions are sorted, not the entities: an entity is a large value
        // to move. References are unique here, so the order is the same.
        firsts.sort { entities[$0].ref < entities[$1].ref }
        let unique = firsts.map { entities[$0] }
        self.entities = unique

        var index: [EntityRef: Int] = [:]
        var byKind: [CatalogKind: [Int]] = [:]
        var owned: [EntityRef: [Int]] = [:]
        var inSystem: [EntityRef: [Int]] = [:]
        var dependents: [EntityRef: [Int]] = [:]
        var children = Relation()
        var members = Relation()
        for (position, entity) in unique.enumerated() {
            index[entity.ref] = position
            byKind[entity.kind, default: []].append(position)
            if let owner = entity.owner?.ref { owned[owner, default: []].append(position) }
            if let system = entity.system?.ref { inSystem[system, default: []].append(position) }
            for dependency in Set(entity.dependsOn.map(\.ref)) { dependents[dependency, default: []].append(position) }
            switch entity.kind {
            case .group:
                if let parent = entity.parent?.ref { children.add(parent, entity.ref) }
                for child in entity.children { children.add(entity.ref, child.ref) }
                for member in entity.members { members.add(entity.ref, member.ref) }
            case .user:
                for group in entity.memberOf { members.add(group.ref, entity.ref) }
            default:
                break
            }
        }
        // Positions were appended in sorted order, so these lists are already sorted.
        self.index = index
        self.byKind = byKind
        self.owned = owned
        self.inSystem = inSystem
        self.dependentsOf = dependents
        (childEdges, parentEdges) = children.sorted()
        (directMembers, directGroups) = members.sorted()
    }

    // MARK: Lookup

    /// The number of entities.
    public var count: Int { entities.count }

    /// The entity a reference names (case-insensitive), if loaded.
    public func entity(_ ref: EntityRef) -> CatalogEntity? {
        index[ref].map { entities[$0] }
    }

    public subscript(ref: EntityRef) -> CatalogEntity? { entity(ref) }

    /// What `read` takes from the entity a reference names, if loaded,
    /// without copying the whole entity out of the catalog.
    public func entity<Value>(_ ref: EntityRef, _ read: (CatalogEntity) -> Value) -> Value? {
        index[ref].map { read(entities[$0]) }
    }

    /// Whether an entity with this reference is loaded.
    public func contains(_ ref: EntityRef) -> Bool { index[ref] != nil }

    /// The entities of one kind, sorted by reference.
    public func entities(of kind: CatalogKind) -> [CatalogEntity] { resolve(byKind[kind]) }

    /// The entities of one kind that `isIncluded` accepts, sorted by
    /// reference: only those are copied out of the catalog.
    public func entities(of kind: CatalogKind, where isIncluded: (CatalogEntity) -> Bool) -> [CatalogEntity] {
        (byKind[kind] ?? []).compactMap { isIncluded(entities[$0]) ? entities[$0] : nil }
    }

    /// What `read` takes from each entity of one kind, in reference order,
    /// without copying the entities (an entity is a large value).
    public func read<Value>(_ kind: CatalogKind, _ read: (CatalogEntity) -> Value) -> [Value] {
        (byKind[kind] ?? []).map { read(entities[$0]) }
    }

    /// How many entities of one kind there are.
    public func count(of kind: CatalogKind) -> Int { byKind[kind]?.count ?? 0 }

    public var components: [CatalogEntity] { entities(of: .component) }
    public var systems: [CatalogEntity] { entities(of: .system) }
    public var groups: [CatalogEntity] { entities(of: .group) }
    public var users: [CatalogEntity] { entities(of: .user) }

    // MARK: Ownership and structure

    /// Every entity whose `spec.owner` is this group or user.
    public func entitiesOwned(by owner: EntityRef) -> [CatalogEntity] { resolve(owned[owner]) }

    /// The components whose `spec.owner` is this group or user.
    public func componentsOwned(by owner: EntityRef) -> [CatalogEntity] {
        entitiesOwned(by: owner).filter { $0.kind == .component }
    }

    /// The components whose `spec.system` is this system.
    public func components(in system: EntityRef) -> [CatalogEntity] {
        resolve(inSystem[system]).filter { $0.kind == .component }
    }

    /// Every entity (component, API, resource) whose `spec.system` is this system.
    public func entities(in system: EntityRef) -> [CatalogEntity] { resolve(inSystem[system]) }

    /// The entities that list this one in `spec.dependsOn`.
    public func dependents(of ref: EntityRef) -> [CatalogEntity] { resolve(dependentsOf[ref]) }

    // MARK: Groups and members

    /// The child groups of a group: direct, or every descendant when transitive.
    public func childGroups(of group: EntityRef, transitive: Bool = false) -> [EntityRef] {
        transitive ? Self.reach(from: [group], through: childEdges, excluding: group) : childEdges[group] ?? []
    }

    /// The parent groups of a group: direct, or every ancestor when transitive.
    public func parentGroups(of group: EntityRef, transitive: Bool = false) -> [EntityRef] {
        transitive ? Self.reach(from: [group], through: parentEdges, excluding: group) : parentEdges[group] ?? []
    }

    /// The members of a group, from its `spec.members` and users' `spec.memberOf`;
    /// when transitive, also the members of every descendant group.
    public func members(of group: EntityRef, transitive: Bool = false) -> [EntityRef] {
        guard transitive else { return directMembers[group] ?? [] }
        var found: Set<EntityRef> = []
        for descendant in [group] + childGroups(of: group, transitive: true) {
            found.formUnion(directMembers[descendant] ?? [])
        }
        return found.sorted()
    }

    /// The groups a user belongs to, from its `spec.memberOf` and groups'
    /// `spec.members`; when transitive, also every ancestor of those groups.
    public func groups(of user: EntityRef, transitive: Bool = false) -> [EntityRef] {
        let direct = directGroups[user] ?? []
        guard transitive else { return direct }
        var found = Set(direct)
        found.formUnion(Self.reach(from: direct, through: parentEdges, excluding: nil))
        return found.sorted()
    }

    /// Whether a user belongs to a group, directly or (when transitive)
    /// through one of the group's descendants.
    public func isMember(_ user: EntityRef, of group: EntityRef, transitive: Bool = true) -> Bool {
        let direct = directGroups[user] ?? []
        if direct.contains(group) { return true }
        guard transitive else { return false }
        return Self.reach(from: direct, through: parentEdges, excluding: nil).contains(group)
    }

    // MARK: Helpers

    private func resolve(_ positions: [Int]?) -> [CatalogEntity] {
        (positions ?? []).map { entities[$0] }
    }

    /// Everything reachable from `starts` along `edges`, sorted; safe with cycles.
    private static func reach(
        from starts: [EntityRef], through edges: [EntityRef: [EntityRef]], excluding excluded: EntityRef?
    ) -> [EntityRef] {
        var seen: Set<EntityRef> = []
        var queue: [EntityRef] = []
        for start in starts { queue += edges[start] ?? [] }
        var next = 0
        while next < queue.count {
            let ref = queue[next]
            next += 1
            guard seen.insert(ref).inserted else { continue }
            queue += edges[ref] ?? []
        }
        if let excluded { seen.remove(excluded) }
        return seen.sorted()
    }
}

/// A many-to-many relation collected from both of its sides, deduplicated.
private struct Relation {
    private var forward: [EntityRef: Set<EntityRef>] = [:]
    private var backward: [EntityRef: Set<EntityRef>] = [:]

    mutating func add(_ from: EntityRef, _ to: EntityRef) {
        forward[from, default: []].insert(to)
        backward[to, default: []].insert(from)
    }

    /// Both directions with sorted lists.
    func sorted() -> ([EntityRef: [EntityRef]], [EntityRef: [EntityRef]]) {
        (forward.mapValues { $0.sorted() }, backward.mapValues { $0.sorted() })
    }
}
