/// Turns one retrospective file's text into a `Retrospective` and the
/// diagnostics found on the way, in the same style as `ReviewParser`.
public enum RetrospectiveParser {
    /// Parses a decoded retrospective file. Returns nil for the retrospective
    /// when the file cannot be one at all (no front matter, broken YAML, no
    /// `service` or `date`); the diagnostics say why.
    public static func parse(
        _ source: SourceText, nodeLimit: Int = YAMLDocuments.defaultNodeLimit
    ) -> (retrospective: Retrospective?, diagnostics: [Diagnostic]) {
        let start = SourceLocation(file: source.path, line: 1, column: 1)
        let frontMatter: FrontMatter
        switch FrontMatter.split(source.text) {
        case .success(let split):
            frontMatter = split
        case .failure(.missing):
            return (nil, [Diagnostic(
                .error, "front-matter-missing", "the retrospective has no front matter",
                at: start, hint: "Start the file with a `---` line, the retrospective's YAML fields, and another `---` line.")])
        case .failure(.unclosed):
            return (nil, [Diagnostic(
                .error, "front-matter-unclosed", "the front matter opened on line 1 is never closed",
                at: start, hint: "Add a line with `---` after the last YAML field.")])
        }
        let yaml = String(frontMatter.yaml ?? "")
        switch YAMLDocuments.compose(yaml, file: source.path, lineOffset: frontMatter.yamlLineOffset, nodeLimit: nodeLimit) {
        case .failure(let diagnostic):
            return (nil, [diagnostic])
        case .success(nil):
            return (nil, [Diagnostic(
                .error, "front-matter-empty", "the front matter is empty",
                at: start, hint: "Add at least `service` and `date`.")])
        case .success(let root?):
            let reader = YAMLReader(file: source.path, lineOffset: frontMatter.yamlLineOffset)
            let retrospective = RetrospectiveFrontMatterReader(reader: reader)
                .read(root, body: String(frontMatter.body), bodyLineOffset: frontMatter.bodyLineOffset)
            return (retrospective, reader.diagnostics)
        }
    }
}
