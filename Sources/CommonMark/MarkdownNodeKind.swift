import CCmark

/// The type of a ``MarkdownNode``, mirroring libcmark's `cmark_node_type`.
public enum MarkdownNodeKind: Sendable, Hashable, CaseIterable {
    // Blocks
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock
    case paragraph, heading, thematicBreak
    // Inlines
    case text, softBreak, lineBreak, code, htmlInline, customInline
    case emph, strong, link, image

    init(_ type: cmark_node_type) {
        switch type {
        case CMARK_NODE_DOCUMENT: self = .document
        case CMARK_NODE_BLOCK_QUOTE: self = .blockQuote
        case CMARK_NODE_LIST: self = .list
        case CMARK_NODE_ITEM: self = .item
        case CMARK_NODE_CODE_BLOCK: self = .codeBlock
        case CMARK_NODE_HTML_BLOCK: self = .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: self = .customBlock
        case CMARK_NODE_PARAGRAPH: self = .paragraph
        case CMARK_NODE_HEADING: self = .heading
        case CMARK_NODE_THEMATIC_BREAK: self = .thematicBreak
        case CMARK_NODE_TEXT: self = .text
        case CMARK_NODE_SOFTBREAK: self = .softBreak
        case CMARK_NODE_LINEBREAK: self = .lineBreak
        case CMARK_NODE_CODE: self = .code
        case CMARK_NODE_HTML_INLINE: self = .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: self = .customInline
        case CMARK_NODE_EMPH: self = .emph
        case CMARK_NODE_STRONG: self = .strong
        case CMARK_NODE_LINK: self = .link
        case CMARK_NODE_IMAGE: self = .image
        default:
            // Only CMARK_NODE_NONE (a NULL node, i.e. an empty document) gets
            // here; a future libcmark node type would be custom content to us.
            self = type == CMARK_NODE_NONE ? .document : .customBlock
        }
    }

    /// Whether this is a block-level node (inlines live inside blocks).
    public var isBlock: Bool {
        switch self {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock,
             .customBlock, .paragraph, .heading, .thematicBreak:
            return true
        default:
            return false
        }
    }
}

/// Whether a list is bulleted (`-`, `*`, `+`) or numbered (`1.`, `1)`).
public enum MarkdownListType: Sendable, Hashable {
    case bullet
    case ordered
}
