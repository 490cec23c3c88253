import Yams

/// Composes the `---`-separated documents of a descriptor file.
///
/// Workaround, to fold back into `YAMLDocuments.composeAll`: Yams'
/// `compose_all` returns a `YamlSequence` that does not throw a syntax error
/// but stops and keeps it in its `error` property, which `composeAll` does not
/// read, so a file with a syntax error looks like a file with fewer (or no)
/// documents. This reads that property and reports the error at its line.
enum DescriptorDocuments {
    static func compose(_ yaml: String, file: String, nodeLimit: Int) -> Result<[Node], Diagnostic> {
        var sequence: YamlSequence<Node>
        do {
            sequence = try Yams.compose_all(yaml: yaml)
        } catch let error as YamlError {
            return .failure(YAMLDocuments.diagnostic(for: error, file: file, lineOffset: 0))
        } catch {
            return .failure(syntax("\(error)", file: file))
        }
        var nodes: [Node] = []
        var budget = nodeLimit
        while let node = sequence.next() {
            guard consume(node, budget: &budget) else {
                return .failure(Diagnostic(
                    .error, "yaml-too-large",
                    "the YAML expands to more than \(nodeLimit) values (aliases included)",
                    at: SourceLocation(file: file, line: node.mark?.line ?? 1, column: 1),
                    hint: "Remove repeated aliases, or split the catalog into several files."))
            }
            nodes.append(node)
        }
        if let error = sequence.error {
            if let yamlError = error as? YamlError {
                return .failure(YAMLDocuments.diagnostic(for: yamlError, file: file, lineOffset: 0))
            }
            return .failure(syntax("\(error)", file: file))
        }
        return .success(nodes)
    }

    private static func syntax(_ detail: String, file: String) -> Diagnostic {
        Diagnostic(.error, "yaml-syntax", "the YAML cannot be read: \(detail)",
                   at: SourceLocation(file: file, line: 1, column: 1))
    }

    /// Counts nodes down from `budget`; false once it runs out.
    private static func consume(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .scalar:
            return true
        case .sequence(let sequence):
            for child in sequence where !consume(child, budget: &budget) { return false }
            return true
        case .mapping(let mapping):
            for (key, value) in mapping where !consume(key, budget: &budget) || !consume(value, budget: &budget) {
                return false
            }
            return true
        }
    }
}
