/// The cross-references pages need, computed once per build: which reviews
/// each team owns and each system holds, which catalog Components have no
/// review, and who depends on whom. Every list is sorted, every lookup is a
/// dictionary, so building the index is O(n log n).
public struct SiteIndex: Sendable {
    /// The catalog view of one review.
    public struct Entry: Sendable {
        /// Index into `Site.reviews` and `Site.validations`.
        public let index: Int
        public let component: EntityRef?
        /// The owning team: the catalog's owner when it knows the service, else the review's.
        public let owner: EntityRef?
        public let system: EntityRef?
        /// `owner`'s and `system`'s display names, made once: every list
        /// row of the review shows them.
        public let ownerName: String?
        public let systemName: String?

        init(index: Int, component: EntityRef?, owner: EntityRef?, system: EntityRef?) {
            self.index = index
            self.component = component
            self.owner = owner
            self.system = system
            ownerName = owner?.displayName
            systemName = system?.displayName
        }
    }

    public let entries: [Entry]
    /// Review indices by owning team.
    public let reviewsByOwner: [EntityRef: [Int]]
    /// Review indices by catalog System.
    public let reviewsBySystem: [EntityRef: [Int]]
    /// Review index by Component.
    public let reviewByComponent: [EntityRef: Int]
    /// Review index by lowercased service name.
    public let reviewByName: [String: Int]
    /// Catalog Components that no review covers: the biggest gap of all.
    public let unreviewedComponents: [CatalogEntity]

    public init(reviews: [ReviewDocument], catalog: Catalog) {
        var entries: [Entry] = []
        var byOwner: [EntityRef: [Int]] = [:]
        var bySystem: [EntityRef: [Int]] = [:]
        var byComponent: [EntityRef: Int] = [:]
        var byName: [String: Int] = [:]
        entries.reserveCapacity(reviews.count)
        byComponent.reserveCapacity(reviews.count)
        byName.reserveCapacity(reviews.count)
        for (index, document) in reviews.enumerated() {
            let component = document.review.component
            // Two fields of the entity, not a copy of it.
            let refs = component.flatMap { catalog.entity($0) { ($0.owner?.ref, $0.system?.ref) } }
            let owner = refs?.0 ?? document.review.owner.flatMap { EntityRef($0, defaultKind: "group") }
            let system = refs?.1
            entries.append(Entry(index: index, component: component, owner: owner, system: system))
            if let owner { byOwner[owner, default: []].append(index) }
            if let system { bySystem[system, default: []].append(index) }
            if let component, byComponent[component] == nil { byComponent[component] = index }
            byName[document.review.serviceName.lowercased()] = index
        }
        self.entries = entries
        reviewsByOwner = byOwner
        reviewsBySystem = bySystem
        reviewByComponent = byComponent
        reviewByName = byName
        unreviewedComponents = catalog.entities(of: .component) { byComponent[$0.ref] == nil }
    }

    /// Every team that owns a review or a Component, sorted.
    public func teams(in catalog: Catalog) -> [EntityRef] {
        var teams = Set(reviewsByOwner.keys)
        for owner in catalog.read(.component, \.owner?.ref) { if let owner { teams.insert(owner) } }
        return teams.sorted()
    }

    /// Every System that holds a review or a Component, sorted.
    public func systems(in catalog: Catalog) -> [EntityRef] {
        var systems = Set(reviewsBySystem.keys)
        for system in catalog.systems { systems.insert(system.ref) }
        return systems.sorted()
    }
}
