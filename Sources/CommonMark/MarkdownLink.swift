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
    /// One pass over the tree, gathering each link's text while it is open.
    ///
    /// Images nest without limit (`![![![…](u)](u)](u)`), so taking each
    /// link's plain text from its whole subtree would cost the square of the
    /// depth (seconds for a 50 KB file). Text goes to the two innermost open
    /// links only: a link's text includes a directly nested image's alt text
    /// (`[![badge](b.svg)](url)`), and deeper levels, which only images inside
    /// images reach, are left out, so the work is linear in the document.
    static func links(in document: MarkdownDocument) -> [MarkdownLink] {
        var result: [MarkdownLink] = []
        var open: [(index: Int, text: [UInt8])] = []
        guard let iterator = cmark_iter_new(document.rootPointer) else { return [] }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = node.cmarkType
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                // An image inside a link is a link of its own.
                if event == CMARK_EVENT_ENTER {
                    result.append(link(node, isImage: type == CMARK_NODE_IMAGE, text: "", in: document))
                    open.append((result.count - 1, []))
                } else if let closed = open.popLast() {
                    result[closed.index].text = String(decoding: closed.text, as: UTF8.self)
                }
            } else if event == CMARK_EVENT_ENTER {
                for level in open.indices.suffix(2) {
                    PlainText.appendOwnText(of: node, to: &open[level].text)
                }
            }
        }
        return result
    }

    static func link(_ node: OpaquePointer, isImage: Bool, text: String, in document: MarkdownDocument) -> MarkdownLink {
        let (line, column) = position(of: node, in: document)
        let title = cmark_node_get_title(node).map { String(cString: $0) }
        return MarkdownLink(
            url: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
            text: text,
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
