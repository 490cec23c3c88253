/// Turns one review file's text into a `Review` and the diagnostics found on the way.
public enum ReviewParser {
    /// Parses a decoded review file. Returns nil for the review when the file
    /// cannot be a review at all (no front matter, broken YAML, no service);
    /// the diagnostics say why. With `strings`, its text is shared with the
    /// other files of the load that say the same.
    public static func parse(
        _ source: SourceText, nodeLimit: Int = YAMLDocuments.defaultNodeLimit, strings: StringTable? = nil
    ) -> (review: Review?, diagnostics: [Diagnostic]) {
        switch FrontMatterYAML.parse(
            source, document: "review", essentials: "`service`, `tier`, `owner` and `status`", nodeLimit: nodeLimit,
            strings: strings)
        {
        case .failure(let diagnostic):
            return (nil, [diagnostic])
        case .success(let parsed):
            let review = ReviewFrontMatterReader(reader: parsed.reader)
                .read(parsed.root, body: parsed.body, bodyLineOffset: parsed.bodyLineOffset)
            return (review, parsed.reader.diagnostics)
        }
    }
}
