/// Turns one retrospective file's text into a `Retrospective` and the
/// diagnostics found on the way, in the same style as `ReviewParser`.
public enum RetrospectiveParser {
    /// Parses a decoded retrospective file. Returns nil for the retrospective
    /// when the file cannot be one at all (no front matter, broken YAML, no
    /// `service` or `date`); the diagnostics say why.
    public static func parse(
        _ source: SourceText, nodeLimit: Int = YAMLDocuments.defaultNodeLimit, strings: StringTable? = nil
    ) -> (retrospective: Retrospective?, diagnostics: [Diagnostic]) {
        switch FrontMatterYAML.parse(
            source, document: "retrospective", essentials: "`service` and `date`", nodeLimit: nodeLimit, strings: strings)
        {
        case .failure(let diagnostic):
            return (nil, [diagnostic])
        case .success(let parsed):
            let retrospective = RetrospectiveFrontMatterReader(reader: parsed.reader)
                .read(parsed.root, body: parsed.body, bodyLineOffset: parsed.bodyLineOffset)
            return (retrospective, parsed.reader.diagnostics)
        }
    }
}
