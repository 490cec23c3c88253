import CCmark

/// A link or image in a document, as written (safe or not).
public struct MarkdownLink: Sendable, Hashable, Codable {
    /// The destination, with entities and backslash escapes decoded.
    public var url: String
    /// The link text, or an image's alt text.
    public var text: String
    /// The optional title (`[a](b "title")`).
    public var title: String?
    /// True for `![alt](src)`.
    public var isImage: Bool
    /// Line in the original file (lineOffset applied).
    public var line: Int
    /// 1-based column; approximate for some inlines (libcmark limitation).
    public var column: Int

    public init(url: String, text: String, title: String? = nil, isImage: Bool = false,
                line: Int, column: Int) {
        self.url = url
        self.text = text
        self.title = title
        self.isImage = isImage
        self.line = line
        self.column = column
    }
}

enum LinkExtractor {
    static func links(in document: MarkdownDocument) -> [MarkdownLink] {
        var result: [MarkdownLink] = []
        var walker = SubtreeWalker(document.rootPointer)
        while let node = walker.next() {
            let type = node.cmarkType
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { continue }
            result.append(link(node, isImage: type == CMARK_NODE_IMAGE, in: document))
            // No `skipChildren()`: an image inside a link is a link of its own.
        }
        return result
    }

    static func link(_ node: OpaquePointer, isImage: Bool, in document: MarkdownDocument) -> MarkdownLink {
        let (line, column) = position(of: node, in: document)
        let title = cmark_node_get_title(node).map { String(cString: $0) }
        return MarkdownLink(
            url: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
            text: PlainText.of(node),
            title: title?.isEmpty == false ? title : nil,
            isImage: isImage,
            line: line,
            column: column
        )
    }

    /// The node's position, or that of the closest ancestor libcmark gave one
    /// to, so a diagnostic always points at least at the right block.
    static func position(of node: OpaquePointer, in document: MarkdownDocument) -> (line: Int, column: Int) {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = cmark_node_get_start_line(candidate)
            if line > 0 {
                return (document.fileLine(line), Int(cmark_node_get_start_column(candidate)))
            }
            current = cmark_node_parent(candidate)
        }
        return (0, 0)
    }
}
