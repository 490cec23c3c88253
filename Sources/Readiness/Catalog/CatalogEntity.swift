/// One entity of the service catalog, read from a Backstage descriptor.
///
/// Only the fields prr uses are kept; Backstage allows any other key in
/// `metadata` and `spec`, and prr ignores them. Every reference keeps the
/// position of its value so problems with it point at the right line.
public struct CatalogEntity: Sendable, Hashable {
    /// A link from `metadata.links`.
    public struct Link: Sendable, Hashable {
        public var url: String
        public var title: String?

        public init(url: String, title: String? = nil) {
            self.url = url
            self.title = title
        }
    }

    /// One key and value of `metadata.annotations` or `metadata.labels`.
    public struct Annotation: Sendable, Hashable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// A reference to another entity, with where it was written.
    public struct Reference: Sendable, Hashable {
        public var ref: EntityRef
        /// The field it was written in, such as `spec.owner`.
        public var field: String
        public var location: SourceLocation

        public init(ref: EntityRef, field: String, location: SourceLocation) {
            self.ref = ref
            self.field = field
            self.location = location
        }
    }

    /// `spec.profile` of a Group or User.
    public struct Profile: Sendable, Hashable {
        public var displayName: String?
        public var email: String?

        public init(displayName: String? = nil, email: String? = nil) {
            self.displayName = displayName
            self.email = email
        }
    }

    public var kind: CatalogKind {
        get { storage.fields.kind }
        set { update { $0.kind = newValue } }
    }
    /// `kind` as written in the descriptor (`API`, `Component`).
    public var rawKind: String {
        get { storage.fields.rawKind }
        set { update { $0.rawKind = newValue } }
    }
    public var apiVersion: String {
        get { storage.fields.apiVersion }
        set { update { $0.apiVersion = newValue } }
    }
    public var ref: EntityRef {
        get { storage.fields.ref }
        set { update { $0.ref = newValue } }
    }
    public var title: String? {
        get { storage.fields.title }
        set { update { $0.title = newValue } }
    }
    public var description: String? {
        get { storage.fields.description }
        set { update { $0.description = newValue } }
    }
    public var tags: [String] {
        get { storage.fields.tags }
        set { update { $0.tags = newValue } }
    }
    public var links: [Link] {
        get { storage.fields.links }
        set { update { $0.links = newValue } }
    }
    /// Sorted by key, so everything derived from them is deterministic.
    public var annotations: [Annotation] { storage.fields.annotations }
    /// Sorted by key.
    public var labels: [Annotation] { storage.fields.labels }
    /// Where the entity's document starts.
    public var location: SourceLocation {
        get { storage.fields.location }
        set { update { $0.location = newValue } }
    }
    /// Where `metadata.name` is written.
    public var nameLocation: SourceLocation {
        get { storage.fields.nameLocation }
        set { update { $0.nameLocation = newValue } }
    }
    public var owner: Reference? {
        get { storage.fields.owner }
        set { update { $0.owner = newValue } }
    }
    public var system: Reference? {
        get { storage.fields.system }
        set { update { $0.system = newValue } }
    }
    public var domain: Reference? {
        get { storage.fields.domain }
        set { update { $0.domain = newValue } }
    }
    public var lifecycle: String? {
        get { storage.fields.lifecycle }
        set { update { $0.lifecycle = newValue } }
    }
    public var type: String? {
        get { storage.fields.type }
        set { update { $0.type = newValue } }
    }
    public var dependsOn: [Reference] {
        get { storage.fields.dependsOn }
        set { update { $0.dependsOn = newValue } }
    }
    public var providesApis: [Reference] {
        get { storage.fields.providesApis }
        set { update { $0.providesApis = newValue } }
    }
    public var consumesApis: [Reference] {
        get { storage.fields.consumesApis }
        set { update { $0.consumesApis = newValue } }
    }
    /// Group: the parent group.
    public var parent: Reference? {
        get { storage.fields.parent }
        set { update { $0.parent = newValue } }
    }
    /// Group: the child groups listed in `spec.children`.
    public var children: [Reference] {
        get { storage.fields.children }
        set { update { $0.children = newValue } }
    }
    /// Group: the users listed in `spec.members`.
    public var members: [Reference] {
        get { storage.fields.members }
        set { update { $0.members = newValue } }
    }
    /// User: the groups listed in `spec.memberOf`.
    public var memberOf: [Reference] {
        get { storage.fields.memberOf }
        set { update { $0.memberOf = newValue } }
    }
    /// Group or User: `spec.profile`.
    public var profile: Profile? {
        get { storage.fields.profile }
        set { update { $0.profile = newValue } }
    }
    /// Location: the targets as written (`spec.target` and `spec.targets`).
    public var targets: [String] {
        get { storage.fields.targets }
        set { update { $0.targets = newValue } }
    }

    public init(
        kind: CatalogKind, rawKind: String? = nil, apiVersion: String = "backstage.io/v1alpha1",
        ref: EntityRef, location: SourceLocation, nameLocation: SourceLocation? = nil
    ) {
        storage = Storage(Fields(
            kind: kind, rawKind: rawKind ?? kind.descriptorName, apiVersion: apiVersion, ref: ref,
            location: location, nameLocation: nameLocation ?? location))
    }

    // MARK: Storage

    /// The fields, boxed. They take about 850 bytes, and the loader and the
    /// catalog's indexes copy entities from array to array: boxed, a copy is
    /// one retain, and each entity's fields exist once.
    private var storage: Storage

    private final class Storage: @unchecked Sendable {
        // Mutated only through `update`, when this box is the only one
        // referring to it: shared boxes are never written.
        var fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }

    private struct Fields: Hashable {
        var kind: CatalogKind
        var rawKind: String
        var apiVersion: String
        var ref: EntityRef
        var title: String?
        var description: String?
        var tags: [String] = []
        var links: [Link] = []
        var annotations: [Annotation] = []
        var labels: [Annotation] = []
        var location: SourceLocation
        var nameLocation: SourceLocation
        var owner: Reference?
        var system: Reference?
        var domain: Reference?
        var lifecycle: String?
        var type: String?
        var dependsOn: [Reference] = []
        var providesApis: [Reference] = []
        var consumesApis: [Reference] = []
        var parent: Reference?
        var children: [Reference] = []
        var members: [Reference] = []
        var memberOf: [Reference] = []
        var profile: Profile?
        var targets: [String] = []
    }

    /// Changes the fields, copying them first if another entity shares them.
    private mutating func update(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        change(&storage.fields)
    }

    public static func == (lhs: CatalogEntity, rhs: CatalogEntity) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        storage.fields.hash(into: &hasher)
    }

    /// The entity's name as written.
    public var name: String { ref.spelledName }

    /// The title, else the profile's display name, else the name.
    public var displayTitle: String { title ?? profile?.displayName ?? ref.spelledName }

    /// The value of an annotation, such as `pagerduty.com/service-id`.
    public func annotation(_ key: String) -> String? {
        Self.value(of: key, in: annotations)
    }

    /// The value of a label.
    public func label(_ key: String) -> String? {
        Self.value(of: key, in: labels)
    }

    /// Replaces the annotations, keeping them sorted by key.
    public mutating func setAnnotations(_ values: [String: String]) {
        update { $0.annotations = Self.sorted(values) }
    }

    /// Replaces the labels, keeping them sorted by key.
    public mutating func setLabels(_ values: [String: String]) {
        update { $0.labels = Self.sorted(values) }
    }

    /// Every reference this entity makes to another, in field order.
    public var references: [Reference] {
        var all: [Reference] = []
        for single in [owner, system, domain, parent] { if let single { all.append(single) } }
        all += dependsOn + providesApis + consumesApis + children + members + memberOf
        return all
    }

    private static func sorted(_ values: [String: String]) -> [Annotation] {
        values.map { Annotation(key: $0.key, value: $0.value) }.sorted { $0.key < $1.key }
    }

    private static func value(of key: String, in sorted: [Annotation]) -> String? {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low].key == key ? sorted[low].value : nil
    }
}
