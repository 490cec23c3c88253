/// A reference to a catalog entity: Backstage's `[kind:][namespace/]name`.
///
/// Backstage compares references case-insensitively, so the three parts are
/// kept lowercased for equality, hashing and ordering, while the spelling the
/// author wrote is kept for display. `description` is the canonical
/// `kind:namespace/name`; `displayName` leaves out the `default/` namespace.
public struct EntityRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The namespace used when neither the reference nor its context names one.
    public static let defaultNamespace = "default"

    /// Lowercased kind, such as `component`.
    public let kind: String
    /// Lowercased namespace, `default` unless given.
    public let namespace: String
    /// Lowercased name.
    public let name: String

    /// The parts as written, for display.
    public var spelledKind: String { spelling?.kind ?? kind }
    public var spelledNamespace: String { spelling?.namespace ?? namespace }
    public var spelledName: String { spelling?.name ?? name }

    /// The parts as written, kept only when one differs from its lowercased
    /// form. Nearly every reference is written in lowercase, and three more
    /// strings took 48 bytes of each of the hundreds of thousands of
    /// references (catalog fields and indexes, review dependencies) a large
    /// site keeps until its pages are written.
    private let spelling: Spelling?

    private final class Spelling: Sendable {
        let kind: String
        let namespace: String
        let name: String

        init(kind: String, namespace: String, name: String) {
            self.kind = kind
            self.namespace = namespace
            self.name = name
        }
    }

    /// A reference from parts that are already known to be valid (for
    /// example from a loaded entity). Use `parse` for text an author wrote.
    public init(kind: String, namespace: String = EntityRef.defaultNamespace, name: String) {
        let (lowerKind, kindAsWritten) = Self.lowercasedNoting(kind)
        let (lowerNamespace, namespaceAsWritten) = Self.lowercasedNoting(namespace)
        let (lowerName, nameAsWritten) = Self.lowercasedNoting(name)
        self.kind = lowerKind
        self.namespace = lowerNamespace
        self.name = lowerName
        spelling = kindAsWritten && namespaceAsWritten && nameAsWritten
            ? nil : Spelling(kind: kind, namespace: namespace, name: name)
    }

    /// A reference to an entity of a kind prr knows.
    public init(_ kind: CatalogKind, namespace: String = EntityRef.defaultNamespace, name: String) {
        self.init(kind: kind.rawValue, namespace: namespace, name: name)
    }

    /// Parses `[kind:][namespace/]name`.
    ///
    /// - Parameters:
    ///   - defaultKind: the kind when the text names none; nil makes a kind required.
    ///   - defaultNamespace: the namespace when the text names none. Backstage
    ///     uses the namespace of the entity holding the reference.
    public static func parse(
        _ text: String, defaultKind: String? = nil, defaultNamespace: String = EntityRef.defaultNamespace
    ) -> Result<EntityRef, ParseError> {
        let trimmed = text.trimmingHorizontalWhitespace()
        guard !trimmed.isEmpty else { return .failure(.empty) }
        var rest = Substring(trimmed)
        var kind = defaultKind
        // By bytes when the text is ASCII, where a byte is a Character;
        // otherwise by Characters, which a `:` or `/` joined to a combining
        // mark is not. References are parsed by the hundred thousand.
        let ascii = trimmed.utf8.allSatisfy { $0 < 0x80 }
        func firstIndex(of delimiter: Character, in text: Substring) -> String.Index? {
            ascii ? text.utf8.firstIndex(of: delimiter.asciiValue ?? 0) : text.firstIndex(of: delimiter)
        }
        if let colon = firstIndex(of: ":", in: rest) {
            kind = String(rest[..<colon])
            rest = rest[rest.index(after: colon)...]
        }
        var namespace = defaultNamespace
        if let slash = firstIndex(of: "/", in: rest) {
            namespace = String(rest[..<slash])
            rest = rest[rest.index(after: slash)...]
        }
        let name = String(rest)
        guard let kind else { return .failure(.missingKind(trimmed)) }
        guard EntityNameRules.isValidKind(kind) else { return .failure(.invalidKind(kind)) }
        guard EntityNameRules.isValidNamespace(namespace) else { return .failure(.invalidNamespace(namespace)) }
        guard EntityNameRules.isValidName(name) else { return .failure(.invalidName(name)) }
        return .success(EntityRef(kind: kind, namespace: namespace, name: name))
    }

    /// `text.lowercased()`, without a copy when it is already lowercase
    /// ASCII, as nearly every reference is.
    static func lowercased(_ text: String) -> String {
        lowercasedNoting(text).lowercased
    }

    /// `lowercased(_:)`, and whether that is the text as written, compared
    /// by bytes (the spelling shown must be the one written).
    private static func lowercasedNoting(_ text: String) -> (lowercased: String, asWritten: Bool) {
        if text.utf8.allSatisfy({ $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) { return (text, true) }
        let lowercased = text.lowercased()
        return (lowercased, lowercased.utf8.elementsEqual(text.utf8))
    }

    /// Parses a reference, or nil when the text is not one.
    public init?(_ text: String, defaultKind: String? = nil, defaultNamespace: String = EntityRef.defaultNamespace) {
        guard case .success(let ref) = Self.parse(text, defaultKind: defaultKind, defaultNamespace: defaultNamespace)
        else { return nil }
        self = ref
    }

    /// The kind, when it is one prr knows.
    public var catalogKind: CatalogKind? { CatalogKind(rawValue: kind) }

    /// `kind:namespace/name`, lowercased: unique and stable, for keys and URLs.
    public var description: String { "\(kind):\(namespace)/\(name)" }

    /// `kind:name`, or `kind:namespace/name` outside the default namespace,
    /// as the author spelled it.
    public var displayName: String {
        // `kind` is the spelled kind lowercased already: lowercasing it for
        // every owner and dependency of every list row cost more than the rest.
        namespace == Self.defaultNamespace
            ? "\(kind):\(spelledName)"
            : "\(kind):\(spelledNamespace)/\(spelledName)"
    }

    public static func == (lhs: EntityRef, rhs: EntityRef) -> Bool {
        lhs.name == rhs.name && lhs.kind == rhs.kind && lhs.namespace == rhs.namespace
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(namespace)
        hasher.combine(name)
    }

    public static func < (lhs: EntityRef, rhs: EntityRef) -> Bool {
        (lhs.kind, lhs.namespace, lhs.name) < (rhs.kind, rhs.namespace, rhs.name)
    }

    /// Why text is not an entity reference.
    public enum ParseError: Error, Sendable, Hashable {
        case empty
        /// The text names no kind and the field has no default kind.
        case missingKind(String)
        case invalidKind(String)
        case invalidNamespace(String)
        case invalidName(String)

        /// A plain sentence for a diagnostic, naming the field.
        public func message(field: String) -> String {
            switch self {
            case .empty: return "\(field) is empty; it should name an entity"
            case .missingKind(let text):
                return "\(field) `\(text)` does not say which kind of entity it is"
            case .invalidKind(let kind):
                return "\(field) has kind `\(kind)`, which is not a valid entity kind"
            case .invalidNamespace(let namespace):
                return "\(field) has namespace `\(namespace)`, which is not a valid namespace"
            case .invalidName(let name):
                return "\(field) names `\(name)`, which is not a valid entity name: \(EntityNameRules.problem(withName: name))"
            }
        }

        /// How to fix it.
        public var hint: String {
            switch self {
            case .empty, .invalidName:
                return "Write a reference as [kind:][namespace/]name; names use letters, digits and - _ . (at most 63)."
            case .missingKind:
                return "Add the kind, for example `component:ledger` or `resource:ledger-db`."
            case .invalidKind:
                return "A kind is a word such as component, resource, api, group or user."
            case .invalidNamespace:
                return "Namespaces use letters, digits and -, at most 63 characters; leave it out for `default`."
            }
        }
    }
}
