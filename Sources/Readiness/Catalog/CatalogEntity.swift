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

    public var kind: CatalogKind
    /// `kind` as written in the descriptor (`API`, `Component`).
    public var rawKind: String
    public var apiVersion: String
    public var ref: EntityRef
    public var title: String?
    public var description: String?
    public var tags: [String] = []
    public var links: [Link] = []
    /// Sorted by key, so everything derived from them is deterministic.
    public private(set) var annotations: [Annotation] = []
    /// Sorted by key.
    public private(set) var labels: [Annotation] = []
    /// Where the entity's document starts.
    public var location: SourceLocation
    /// Where `metadata.name` is written.
    public var nameLocation: SourceLocation

    public var owner: Reference?
    public var system: Reference?
    public var domain: Reference?
    public var lifecycle: String?
    public var type: String?
    public var dependsOn: [Reference] = []
    public var providesApis: [Reference] = []
    public var consumesApis: [Reference] = []
    /// Group: the parent group.
    public var parent: Reference?
    /// Group: the child groups listed in `spec.children`.
    public var children: [Reference] = []
    /// Group: the users listed in `spec.members`.
    public var members: [Reference] = []
    /// User: the groups listed in `spec.memberOf`.
    public var memberOf: [Reference] = []
    /// Group or User: `spec.profile`.
    public var profile: Profile?
    /// Location: the targets as written (`spec.target` and `spec.targets`).
    public var targets: [String] = []

    public init(
        kind: CatalogKind, rawKind: String? = nil, apiVersion: String = "backstage.io/v1alpha1",
        ref: EntityRef, location: SourceLocation, nameLocation: SourceLocation? = nil
    ) {
        self.kind = kind
        self.rawKind = rawKind ?? kind.descriptorName
        self.apiVersion = apiVersion
        self.ref = ref
        self.location = location
        self.nameLocation = nameLocation ?? location
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
        annotations = Self.sorted(values)
    }

    /// Replaces the labels, keeping them sorted by key.
    public mutating func setLabels(_ values: [String: String]) {
        labels = Self.sorted(values)
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
