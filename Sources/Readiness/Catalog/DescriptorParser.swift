/// A Location's target as written, with where it was written.
struct LocationTarget: Sendable {
    var text: String
    var location: SourceLocation
}

/// One entity read from a descriptor document.
struct ParsedDescriptor: Sendable {
    var entity: CatalogEntity
    /// Location only: the targets to follow.
    var targets: [LocationTarget] = []
    /// Location only: `spec.presence: optional`, so a missing target is no error.
    var targetsOptional = false
}

/// Reads the `---`-separated documents of one descriptor file into entities.
///
/// Structure and scalars go through `YAMLReader`, so every problem is a
/// diagnostic at its line and column. Keys Backstage does not reserve are
/// accepted silently in `metadata` and `spec`, as Backstage allows.
struct DescriptorParser {
    let reader: YAMLReader

    init(path: String) {
        reader = YAMLReader(file: path)
    }

    /// The entities of a file and the problems found reading it.
    static func parse(_ source: SourceText) -> (descriptors: [ParsedDescriptor], diagnostics: [Diagnostic]) {
        // A legitimate file has fewer YAML values than bytes; an alias bomb has far more.
        let limit = max(YAMLDocuments.defaultNodeLimit, source.text.utf8.count)
        switch YAMLDocuments.composeAll(source.text, file: source.path, nodeLimit: limit) {
        case .failure(let diagnostic):
            return ([], [diagnostic])
        case .success(let documents):
            let parser = DescriptorParser(path: source.path)
            let descriptors = documents.compactMap { parser.descriptor($0) }
            return (descriptors, parser.reader.diagnostics)
        }
    }

    private static let envelopeKeys = ["apiVersion", "kind", "metadata", "spec", "relations", "status"]

    func descriptor(_ node: YAMLNode) -> ParsedDescriptor? {
        if reader.isNull(node) { return nil }
        guard let root = reader.mapping(node, "a catalog entity", keys: Self.envelopeKeys) else { return nil }
        let documentLocation = reader.location(node)
        guard let kindNode = required(root, "kind", in: node, what: "its kind (Component, Group, …)"),
            let rawKind = reader.string(kindNode, "kind"),
            let apiNode = required(root, "apiVersion", in: node, what: "an apiVersion such as backstage.io/v1alpha1"),
            let apiVersion = reader.string(apiNode, "apiVersion")
        else { return nil }
        guard let kind = CatalogKind(named: rawKind), CatalogKind.supportedAPIVersions.contains(apiVersion) else {
            let known = CatalogKind.allCases.map(\.descriptorName)
            let suggestion = CatalogKind(named: rawKind) == nil ? Suggestion.closest(to: rawKind, in: known) : nil
            reader.report(.note, CatalogRules.unknownKind,
                          "skipped a `\(rawKind)` entity of apiVersion `\(apiVersion)`, which prr does not read",
                          at: kindNode,
                          hint: suggestion.map { "If this is meant to be a \($0), write `kind: \($0)`." }
                              ?? "prr reads \(known.joined(separator: ", ")) of \(CatalogKind.supportedAPIVersions.joined(separator: " or ")).")
            return nil
        }
        guard let metadataNode = required(root, "metadata", in: node, what: "metadata with a name"),
            let metadata = reader.mapping(metadataNode, "metadata", keys: nil),
            let nameNode = required(metadata, "name", in: metadataNode, field: "metadata.name", what: "a name"),
            let name = reader.string(nameNode, "metadata.name")
        else { return nil }

        var namespace = EntityRef.defaultNamespace
        if let namespaceNode = metadata["namespace"], let text = reader.string(namespaceNode, "metadata.namespace") {
            guard EntityNameRules.isValidNamespace(text) else {
                reader.report(.error, CatalogRules.invalidName,
                              "metadata.namespace `\(text)` is not a valid namespace", at: namespaceNode,
                              hint: "Namespaces use letters, digits and -, at most 63 characters, starting and ending with a letter or digit.")
                return nil
            }
            namespace = text
        }
        guard EntityNameRules.isValidName(name) else {
            reader.report(.error, CatalogRules.invalidName,
                          "metadata.name `\(name)` is not a valid entity name: \(EntityNameRules.problem(withName: name))",
                          at: nameNode,
                          hint: "Use 1–63 letters, digits and - _ . starting and ending with a letter or digit, such as `payments-api`.")
            return nil
        }

        var entity = CatalogEntity(
            kind: kind, rawKind: rawKind, apiVersion: apiVersion,
            ref: EntityRef(kind: kind.rawValue, namespace: namespace, name: name),
            location: documentLocation, nameLocation: reader.location(nameNode))
        readMetadata(metadata, into: &entity)
        var parsed = ParsedDescriptor(entity: entity)
        if let specNode = root["spec"], !reader.isNull(specNode),
            let spec = reader.mapping(specNode, "spec", keys: nil) {
            SpecReader(reader: reader, namespace: namespace).read(spec, into: &parsed)
        }
        return parsed
    }

    private func readMetadata(_ metadata: YAMLMapping, into entity: inout CatalogEntity) {
        if let node = metadata["title"] { entity.title = reader.string(node, "metadata.title") }
        if let node = metadata["description"] { entity.description = reader.string(node, "metadata.description") }
        if let node = metadata["tags"], let items = reader.sequence(node, "metadata.tags") {
            entity.tags = items.compactMap { reader.string($0, "metadata.tags") }
        }
        if let node = metadata["links"], let items = reader.sequence(node, "metadata.links") {
            entity.links = items.compactMap(link)
        }
        if let node = metadata["annotations"] { entity.setAnnotations(strings(node, "metadata.annotations")) }
        if let node = metadata["labels"] { entity.setLabels(strings(node, "metadata.labels")) }
    }

    private func link(_ node: YAMLNode) -> CatalogEntity.Link? {
        guard let mapping = reader.mapping(node, "a link", keys: nil) else { return nil }
        guard let urlNode = mapping["url"], let url = reader.string(urlNode, "link url") else {
            reader.report(.error, CatalogRules.missingField, "a link in metadata.links has no url", at: node,
                          hint: "Give every link a `url:`; `title:` is optional.")
            return nil
        }
        return CatalogEntity.Link(url: url, title: mapping["title"].flatMap { reader.string($0, "link title") })
    }

    private func strings(_ node: YAMLNode, _ field: String) -> [String: String] {
        if reader.isNull(node) { return [:] }
        guard let mapping = reader.mapping(node, field, keys: nil) else { return [:] }
        var values: [String: String] = [:]
        for entry in mapping.entries {
            if let value = reader.string(entry.value, "\(field).\(entry.key)") { values[entry.key] = value }
        }
        return values
    }

    /// The value of a required key, or an error at the enclosing mapping.
    private func required(
        _ mapping: YAMLMapping, _ key: String, in node: YAMLNode, field: String? = nil, what: String
    ) -> YAMLNode? {
        if let value = mapping[key], !reader.isNull(value) { return value }
        let field = field ?? key
        reader.report(.error, CatalogRules.missingField, "the entity has no \(field)", at: mapping[key] ?? node,
                      hint: "Add `\(field)`: \(what).")
        return nil
    }
}
