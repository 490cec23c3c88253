import CCmark

/// A heading of a document, with the anchor its rendered `<hN>` gets.
public struct MarkdownHeading: Sendable, Hashable, Codable {
    /// 1 for `#`, 2 for `##`, … 6.
    public var level: Int
    /// The heading's plain text (formatting removed).
    public var text: String
    /// The `id` of the rendered heading, unique within the document
    /// (see ``Slug/make(_:)``).
    public var anchor: String
    /// Line in the original file (lineOffset applied).
    public var line: Int
    /// 1-based column of the first `#` (or of the text of a setext heading).
    public var column: Int

    public init(level: Int, text: String, anchor: String, line: Int, column: Int) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.line = line
        self.column = column
    }
}

enum HeadingExtractor {
    static func headings(in document: MarkdownDocument) -> [MarkdownHeading] {
        var result: [MarkdownHeading] = []
        var registry = SlugRegistry()
        var walker = SubtreeWalker(document.rootPointer)
        while let node = walker.next() {
            guard node.cmarkType == CMARK_NODE_HEADING else { continue }
            let text = PlainText.of(node)
            result.append(MarkdownHeading(
                level: Int(cmark_node_get_heading_level(node)),
                text: text,
                anchor: registry.unique(for: text),
                line: document.fileLine(cmark_node_get_start_line(node)),
                column: Int(cmark_node_get_start_column(node))
            ))
            // Headings contain only inlines, never other headings.
            walker.skipChildren()
        }
        return result.withExactCapacity()
    }
}
