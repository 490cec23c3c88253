/// Reads the `spec` fields prr uses, by kind, as Backstage defines them.
///
/// References default their kind per field (an owner is a group unless it
/// says `user:`) and their namespace to the entity's own, as in Backstage.
/// `dependsOn` has no default kind: `ledger-db` could be a component or a
/// resource, so the kind must be written.
struct SpecReader {
    let reader: YAMLReader
    /// The namespace of the entity holding the references.
    let namespace: String

    /// A reference field: its key, default kind and the kinds it takes (nil: any).
    struct RefField {
        let key: String
        let defaultKind: CatalogKind?
        let kinds: [CatalogKind]?

        static let owner = RefField(key: "owner", defaultKind: .group, kinds: [.group, .user])
        static let system = RefField(key: "system", defaultKind: .system, kinds: [.system])
        static let domain = RefField(key: "domain", defaultKind: .domain, kinds: [.domain])
        static let dependsOn = RefField(key: "dependsOn", defaultKind: nil, kinds: nil)
        static let providesApis = RefField(key: "providesApis", defaultKind: .api, kinds: [.api])
        static let consumesApis = RefField(key: "consumesApis", defaultKind: .api, kinds: [.api])
        static let parent = RefField(key: "parent", defaultKind: .group, kinds: [.group])
        static let children = RefField(key: "children", defaultKind: .group, kinds: [.group])
        static let members = RefField(key: "members", defaultKind: .user, kinds: [.user])
        static let memberOf = RefField(key: "memberOf", defaultKind: .group, kinds: [.group])
    }

    func read(_ spec: YAMLMapping, into parsed: inout ParsedDescriptor) {
        var entity = parsed.entity
        if let node = spec["type"] { entity.type = reader.string(node, "spec.type") }
        switch entity.kind {
        case .component, .api, .resource:
            entity.owner = single(spec, .owner)
            entity.system = single(spec, .system)
            if entity.kind != .resource, let node = spec["lifecycle"] {
                entity.lifecycle = reader.string(node, "spec.lifecycle")
            }
            if entity.kind != .api { entity.dependsOn = list(spec, .dependsOn) }
            if entity.kind == .component {
                entity.providesApis = list(spec, .providesApis)
                entity.consumesApis = list(spec, .consumesApis)
            }
        case .system:
            entity.owner = single(spec, .owner)
            entity.domain = single(spec, .domain)
        case .domain:
            entity.owner = single(spec, .owner)
        case .group:
            entity.profile = profile(spec)
            entity.parent = single(spec, .parent)
            entity.children = list(spec, .children)
            entity.members = list(spec, .members)
        case .user:
            entity.profile = profile(spec)
            entity.memberOf = list(spec, .memberOf)
        case .location:
            readTargets(spec, into: &parsed)
            entity.targets = parsed.targets.map(\.text)
        }
        parsed.entity = entity
    }

    private func readTargets(_ spec: YAMLMapping, into parsed: inout ParsedDescriptor) {
        if let node = spec["target"], let text = reader.string(node, "spec.target") {
            parsed.targets.append(LocationTarget(text: text, location: reader.location(node)))
        }
        if let node = spec["targets"], let items = reader.sequence(node, "spec.targets") {
            for item in items {
                if let text = reader.string(item, "spec.targets") {
                    parsed.targets.append(LocationTarget(text: text, location: reader.location(item)))
                }
            }
        }
        if let node = spec["presence"], let presence = reader.string(node, "spec.presence") {
            parsed.targetsOptional = presence.lowercased() == "optional"
        }
    }

    private func profile(_ spec: YAMLMapping) -> CatalogEntity.Profile? {
        guard let node = spec["profile"], !reader.isNull(node),
            let mapping = reader.mapping(node, "spec.profile", keys: nil)
        else { return nil }
        return CatalogEntity.Profile(
            displayName: mapping["displayName"].flatMap { reader.string($0, "spec.profile.displayName") },
            email: mapping["email"].flatMap { reader.string($0, "spec.profile.email") })
    }

    private func single(_ spec: YAMLMapping, _ field: RefField) -> CatalogEntity.Reference? {
        guard let node = spec[field.key], !reader.isNull(node) else { return nil }
        return reference(node, field)
    }

    private func list(_ spec: YAMLMapping, _ field: RefField) -> [CatalogEntity.Reference] {
        guard let node = spec[field.key], let items = reader.sequence(node, "spec.\(field.key)") else { return [] }
        return items.compactMap { reference($0, field) }
    }

    /// A string reference, or Backstage's compound form `{kind, namespace, name}`.
    private func reference(_ node: YAMLNode, _ field: RefField) -> CatalogEntity.Reference? {
        let name = "spec.\(field.key)"
        let text: String
        if case .mapping = node {
            guard let compound = reader.mapping(node, name, keys: ["kind", "namespace", "name"]) else { return nil }
            let part = { (key: String) in compound[key].flatMap { reader.string($0, "\(name).\(key)") } }
            text = (part("kind").map { "\($0):" } ?? "") + (part("namespace").map { "\($0)/" } ?? "") + (part("name") ?? "")
        } else {
            guard let value = reader.string(node, name) else { return nil }
            text = value
        }
        switch EntityRef.parse(text, defaultKind: field.defaultKind?.rawValue, defaultNamespace: namespace) {
        case .failure(let error):
            reader.report(.error, CatalogRules.invalidRef, error.message(field: name), at: node, hint: error.hint)
            return nil
        case .success(let ref):
            if let kinds = field.kinds, !kinds.contains(where: { $0.rawValue == ref.kind }) {
                let allowed = kinds.map(\.rawValue).joined(separator: " or ")
                reader.report(.warning, CatalogRules.refKind,
                              "\(name) refers to `\(ref.displayName)`, but it should name a \(allowed)", at: node,
                              hint: "Point \(name) at a \(allowed), for example `\(kinds[0].rawValue):\(ref.spelledName)`.")
            }
            return CatalogEntity.Reference(ref: ref, field: name, location: reader.location(node))
        }
    }
}
