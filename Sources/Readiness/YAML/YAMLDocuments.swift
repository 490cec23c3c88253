import Yams

/// Parses YAML text into `YAMLNode`s, turning syntax errors into diagnostics.
public enum YAMLDocuments {
    /// The largest number of nodes one file may expand to, aliases included.
    /// A "billion laughs" file is a few lines that expand to billions of nodes.
    public static let defaultNodeLimit = 200_000

    /// Composes a single document (front matter, policy, site config).
    public static func compose(
        _ yaml: String, file: String, lineOffset: Int = 0, nodeLimit: Int = defaultNodeLimit
    ) -> Result<YAMLNode?, Diagnostic> {
        composeAll(yaml, file: file, lineOffset: lineOffset, nodeLimit: nodeLimit).map(\.first)
    }

    /// Composes every `---`-separated document of a file (catalog descriptors).
    public static func composeAll(
        _ yaml: String, file: String, lineOffset: Int = 0, nodeLimit: Int = defaultNodeLimit
    ) -> Result<[YAMLNode], Diagnostic> {
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

    static func tooDeep(file: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(
            .error, "yaml-too-deep", "the YAML nests more than \(YAMLNesting.limit) levels deep",
            at: SourceLocation(file: file, line: line, column: column),
            hint: "Flatten the structure; review fields nest a few levels at most.")
    }

    static func tooLarge(nodeLimit: Int, file: String, line: Int) -> Diagnostic {
        Diagnostic(
            .error, "yaml-too-large", "the YAML expands to more than \(nodeLimit) values (aliases included)",
            at: SourceLocation(file: file, line: line, column: 1),
            hint: "Remove repeated aliases; a review needs far fewer values than this.")
    }
}
