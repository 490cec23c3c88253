/// Turns one review file's text into a `Review` and the diagnostics found on the way.
public enum ReviewParser {
    /// Parses a decoded review file. Returns nil for the review when the file
    /// cannot be a review at all (no front matter, broken YAML, no service);
    /// the diagnostics say why.
    public static func parse(_ source: SourceText, nodeLimit: Int = YAMLDocuments.defaultNodeLimit) -> (review: Review?, diagnostics: [Diagnostic]) {
        let start = SourceLocation(file: source.path, line: 1, column: 1)
        let frontMatter: FrontMatter
        switch FrontMatter.split(source.text) {
        case .success(let split):
            frontMatter = split
        case .failure(.missing):
            return (nil, [Diagnostic(
                .error, "front-matter-missing", "the review has no front matter",
                at: start, hint: "Start the file with a `---` line, the review's YAML fields, and another `---` line.")])
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
                at: start, hint: "Add at least `service`, `tier`, `owner` and `status`.")])
        case .success(let root?):
            let reader = YAMLReader(file: source.path, lineOffset: frontMatter.yamlLineOffset)
            let review = ReviewFrontMatterReader(reader: reader)
                .read(root, body: String(frontMatter.body), bodyLineOffset: frontMatter.bodyLineOffset)
            return (review, reader.diagnostics)
        }
    }
}
