import CCmark

/// A read-only view of one node of a ``MarkdownDocument``.
///
/// A node keeps its document alive, so it can never point at freed memory. Like
/// the document it is not `Sendable`: use it on the document's thread and copy
/// out what you need.
public struct MarkdownNode {
    let pointer: OpaquePointer?
    /// Keeps the tree alive while this node exists, and supplies `lineOffset`.
    let document: MarkdownDocument

    init(_ pointer: OpaquePointer?, in document: MarkdownDocument) {
        self.pointer = pointer
        self.document = document
    }

    /// What kind of node this is.
    public var kind: MarkdownNodeKind { MarkdownNodeKind(cmark_node_get_type(pointer)) }

    /// The direct children, in order.
    public var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = cmark_node_first_child(pointer)
        while let current = child {
            result.append(MarkdownNode(current, in: document))
            child = cmark_node_next(current)
        }
        return result
    }

    /// The containing node; nil for the document node.
    public var parent: MarkdownNode? {
        cmark_node_parent(pointer).map { MarkdownNode($0, in: document) }
    }

    /// This node and all its descendants in document order (pre-order).
    public var descendants: Descendants { Descendants(root: self) }

    /// The content of text, code, code block, HTML block and HTML inline
    /// nodes; nil for other kinds.
    public var literal: String? { string(cmark_node_get_literal(pointer)) }

    /// 1…6 for headings, nil otherwise.
    public var headingLevel: Int? {
        kind == .heading ? Int(cmark_node_get_heading_level(pointer)) : nil
    }

    /// The destination of a link or image (entities and escapes already
    /// decoded by libcmark), nil for other kinds.
    public var url: String? {
        isLinkOrImage ? string(cmark_node_get_url(pointer)) ?? "" : nil
    }

    /// The title of a link or image (`[a](b "title")`), nil for other kinds or
    /// when the author gave none.
    public var title: String? {
        guard isLinkOrImage, let title = string(cmark_node_get_title(pointer)),
              !title.isEmpty else { return nil }
        return title
    }

    /// Bullet or ordered for lists, nil otherwise.
    public var listType: MarkdownListType? {
        switch cmark_node_get_list_type(pointer) {
        case CMARK_BULLET_LIST: return .bullet
        case CMARK_ORDERED_LIST: return .ordered
        default: return nil
        }
    }

    /// The info string of a fenced code block (e.g. `swift`), nil for other
    /// kinds or when empty.
    public var fenceInfo: String? {
        guard kind == .codeBlock, let info = string(cmark_node_get_fence_info(pointer)),
              !info.isEmpty else { return nil }
        return info
    }

    /// First line of the node in the original file (lineOffset applied);
    /// 0 when libcmark does not know it (soft and hard breaks).
    public var startLine: Int { document.fileLine(cmark_node_get_start_line(pointer)) }
    /// 1-based column where the node starts. Exact for blocks; libcmark's
    /// inline columns are approximate (autolinks, indented continuation lines).
    public var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    /// Last line of the node in the original file; 0 when unknown.
    public var endLine: Int { document.fileLine(cmark_node_get_end_line(pointer)) }
    /// 1-based column of the node's last character.
    public var endColumn: Int { Int(cmark_node_get_end_column(pointer)) }

    /// The text of all descendants: text and code literals, with a space for
    /// each soft or hard line break. Raw HTML is left out.
    public var plainText: String { PlainText.of(pointer) }

    private var isLinkOrImage: Bool {
        let type = cmark_node_get_type(pointer)
        return type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE
    }

    private func string(_ cString: UnsafePointer<CChar>?) -> String? {
        cString.map { String(cString: $0) }
    }
}

extension MarkdownNode {
    /// A node and its descendants in document order, walked without recursion.
    public struct Descendants: Sequence {
        let root: MarkdownNode

        public func makeIterator() -> Iterator {
            Iterator(walker: SubtreeWalker(root.pointer), document: root.document)
        }

        /// Iterator for ``Descendants``.
        public struct Iterator: IteratorProtocol {
            var walker: SubtreeWalker
            let document: MarkdownDocument

            public mutating func next() -> MarkdownNode? {
                walker.next().map { MarkdownNode($0, in: document) }
            }
        }
    }
}
