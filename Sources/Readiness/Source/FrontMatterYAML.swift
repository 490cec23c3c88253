/// A content file's front matter composed as YAML, ready for a typed reader,
/// with the body that follows it. Reviews and retrospectives share this step.
struct FrontMatterYAML {
    let root: YAMLNode
    /// A reader positioned at the front matter's lines in the file.
    let reader: YAMLReader
    let body: String
    let bodyLineOffset: Int

    /// Splits and composes `source`'s front matter, or says why it cannot.
    /// - Parameters:
    ///   - document: what the file is, for messages ("review").
    ///   - essentials: the fields an empty front matter should start with.
    ///   - strings: where the reader shares text with other files.
    static func parse(
        _ source: SourceText, document: String, essentials: String, nodeLimit: Int, strings: StringTable? = nil
    ) -> Result<FrontMatterYAML, Diagnostic> {
        let start = SourceLocation(file: source.path, line: 1, column: 1)
        let frontMatter: FrontMatter
        switch FrontMatter.split(source.text) {
        case .success(let split):
            frontMatter = split
        case .failure(.missing):
            return .failure(Diagnostic(
                .error, "front-matter-missing", "the \(document) has no front matter",
                at: start, hint: "Start the file with a `---` line, the \(document)'s YAML fields, and another `---` line."))
        case .failure(.unclosed):
            return .failure(Diagnostic(
                .error, "front-matter-unclosed", "the front matter opened on line 1 is never closed",
                at: start, hint: "Add a line with `---` after the last YAML field."))
        }
        let yaml = String(frontMatter.yaml ?? "")
        switch YAMLDocuments.compose(yaml, file: source.path, lineOffset: frontMatter.yamlLineOffset, nodeLimit: nodeLimit) {
        case .failure(let diagnostic):
            return .failure(diagnostic)
        case .success(nil):
            return .failure(Diagnostic(
                .error, "front-matter-empty", "the front matter is empty", at: start, hint: "Add at least \(essentials)."))
        case .success(let root?):
            return .success(FrontMatterYAML(
                root: root, reader: YAMLReader(file: source.path, lineOffset: frontMatter.yamlLineOffset, strings: strings),
                body: String(frontMatter.body), bodyLineOffset: frontMatter.bodyLineOffset))
        }
    }
}
