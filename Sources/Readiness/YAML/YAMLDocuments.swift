import Yams

/// Parses YAML text into Yams nodes, turning syntax errors into diagnostics.
public enum YAMLDocuments {
    /// The largest number of nodes one file may expand to, aliases included.
    /// A "billion laughs" file is a few lines that expand to billions of nodes.
    public static let defaultNodeLimit = 200_000

    /// Composes a single document (front matter, policy, site config).
    public static func compose(
        _ yaml: String, file: String, lineOffset: Int = 0, nodeLimit: Int = defaultNodeLimit
    ) -> Result<Node?, Diagnostic> {
        composeAll(yaml, file: file, lineOffset: lineOffset, nodeLimit: nodeLimit).map(\.first)
    }

    /// Composes every `---`-separated document of a file (catalog descriptors).
    public static func composeAll(
        _ yaml: String, file: String, lineOffset: Int = 0, nodeLimit: Int = defaultNodeLimit
    ) -> Result<[Node], Diagnostic> {
        guard YAMLComposer.isAvailable else {
            return composeAllWithYams(yaml, file: file, lineOffset: lineOffset, nodeLimit: nodeLimit)
        }
        if let nodes = BlockYAMLComposer.composeAll(yaml, limit: YAMLNesting.limit, nodeLimit: nodeLimit) {
            return .success(nodes)
        }
        switch YAMLComposer.composeAll(yaml, limit: YAMLNesting.limit, nodeLimit: nodeLimit) {
        case .documents(let nodes):
            return .success(nodes)
        case .tooDeep(let line, let column):
            return .failure(tooDeep(file: file, line: line + lineOffset, column: column))
        case .tooLarge(let line):
            return .failure(tooLarge(nodeLimit: nodeLimit, file: file, line: line + lineOffset))
        case .syntax(let detail, let line, let column):
            return .failure(syntax(detail, at: SourceLocation(file: file, line: line + lineOffset, column: column)))
        case .unpositioned(let error):
            return .failure(diagnostic(for: error, file: file, lineOffset: lineOffset))
        }
    }

    /// `composeAll` in two passes: `YAMLNesting` guards depth, then Yams
    /// composes. The fallback when `YAMLComposer` is not available, and the
    /// reference its tests compare against.
    static func composeAllWithYams(
        _ yaml: String, file: String, lineOffset: Int = 0, nodeLimit: Int = defaultNodeLimit
    ) -> Result<[Node], Diagnostic> {
        if let deep = YAMLNesting.firstTooDeep(yaml) {
            return .failure(tooDeep(file: file, line: deep.line + lineOffset, column: deep.column))
        }
        do {
            var nodes: [Node] = []
            var budget = nodeLimit
            // Yams' `compose_all` sequence swallows errors after the first
            // document, so documents are pulled from the parser one by one.
            let parser = try Parser(yaml: yaml)
            while let node = try parser.nextRoot() {
                guard consume(node, budget: &budget) else {
                    return .failure(tooLarge(nodeLimit: nodeLimit, file: file, line: (node.mark?.line ?? 1) + lineOffset))
                }
                nodes.append(node)
            }
            return .success(nodes)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file, lineOffset: lineOffset))
        } catch {
            return .failure(Diagnostic(
                .error, "yaml-syntax", "the YAML cannot be read: \(error)",
                at: SourceLocation(file: file, line: lineOffset + 1, column: 1)))
        }
    }

    /// Counts nodes down from `budget`; false once it runs out. Aliases are
    /// already expanded by Yams into shared copies, so counting bounds the work
    /// every later walk of the tree can do.
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
            for (key, value) in mapping {
                guard consume(key, budget: &budget), consume(value, budget: &budget) else { return false }
            }
            return true
        }
    }

    static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        let top = SourceLocation(file: file, line: lineOffset + 1, column: 1)
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return syntax(detail, at: SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column))
        case .reader(let problem, _, _, _):
            return syntax(problem, at: top)
        default:
            return syntax("\(error)", at: top)
        }
    }

    private static func syntax(_ detail: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "yaml-syntax", "invalid YAML: \(detail)", at: location,
                   hint: "Check the YAML syntax near this line: indentation with spaces (not tabs), matching quotes, a space after each colon.")
    }

    private static func tooDeep(file: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(
            .error, "yaml-too-deep", "the YAML nests more than \(YAMLNesting.limit) levels deep",
            at: SourceLocation(file: file, line: line, column: column),
            hint: "Flatten the structure; review fields nest a few levels at most.")
    }

    private static func tooLarge(nodeLimit: Int, file: String, line: Int) -> Diagnostic {
        Diagnostic(
            .error, "yaml-too-large", "the YAML expands to more than \(nodeLimit) values (aliases included)",
            at: SourceLocation(file: file, line: line, column: 1),
            hint: "Remove repeated aliases; a review needs far fewer values than this.")
    }
}
