/// The Backstage entity kinds prr reads. Other kinds (such as the
/// scaffolder's `Template`) are skipped with a note.
public enum CatalogKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case component, system, domain, group, user, resource, api, location

    /// The kind as Backstage spells it in descriptor files (`API`, `Component`).
    public var descriptorName: String {
        switch self {
        case .api: return "API"
        default: return rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }

    /// The kind named by a descriptor's `kind:` or a reference's kind, case-insensitively.
    public init?(named text: String) {
        self.init(rawValue: text.lowercased())
    }

    public static func < (lhs: CatalogKind, rhs: CatalogKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The `apiVersion`s whose descriptors prr understands.
    public static let supportedAPIVersions: [String] = ["backstage.io/v1alpha1", "backstage.io/v1beta1"]
}
