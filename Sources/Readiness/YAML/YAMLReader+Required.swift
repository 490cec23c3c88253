extension YAMLReader {
    /// A top-level field the document cannot do without; absent or null is a
    /// `missing-field` error.
    /// - Parameter document: what the file is, for the message ("review").
    public func required(_ fields: YAMLMapping, document: String, _ key: String, hint: String) -> YAMLNode? {
        if let node = fields[key], !isNull(node) { return node }
        report(Diagnostic(
            .error, "missing-field", "the \(document) has no `\(key)`",
            at: fields[key].map(location) ?? SourceLocation(file: file, line: 1, column: 1), hint: hint))
        return nil
    }

    /// A text field every entry of a list needs (`ref`, `name`, `id`).
    public func requiredString(_ entry: YAMLMapping, _ key: String, in field: String) -> String? {
        if let node = entry[key], let value = string(node, "\(field).\(key)") { return value }
        if entry[key] == nil || entry[key].map(isNull) == true {
            report(.error, "missing-field", "an entry of \(field) has no `\(key)`", at: entry.node,
                   hint: "Every entry of \(field) needs a `\(key)`.")
        }
        return nil
    }
}
