import CCmark

/// A Markdown body parsed by libcmark, owning the libcmark syntax tree.
///
/// Not `Sendable`, on purpose: the tree is mutable C memory, and
/// ``renderHTML(options:)`` edits it temporarily. Parse, inspect and render a
/// document on one thread (or task); what you extract from it
/// (``headings``, ``links``, ``taskItems``, rendered HTML) is plain `Sendable`
/// data that can go anywhere.
///
/// All positions are 1-based positions in the *original file*: `lineOffset`
/// lines (usually the front matter) are added to every line libcmark reports.
public final class MarkdownDocument {
    /// The libcmark document node. Optional only because the C API may return
    /// NULL; libcmark's default allocator aborts on exhaustion instead, so in
    /// practice it is always set. Every libcmark accessor accepts NULL, which
    /// makes a missing root behave as an empty document.
    let rootPointer: OpaquePointer?

    /// Lines before the Markdown body in the original file.
    public let lineOffset: Int

    /// libcmark options used for parsing. Smart punctuation stays off: authors'
    /// `--` and quotes must survive as typed (`--` is an evidence separator).
    static let parseOptions: Int32 = CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS

    /// Parses `markdown` (the body only, without front matter).
    ///
    /// - Parameters:
    ///   - markdown: CommonMark text. NUL characters become U+FFFD.
    ///   - lineOffset: The number of lines that precede the body in the
    ///     original file, added to every reported line number.
    public init(markdown: String, lineOffset: Int = 0) {
        var text = markdown
        // withUTF8 gives contiguous bytes with an explicit length, so embedded
        // NULs reach libcmark (which replaces them) instead of truncating.
        rootPointer = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                // An empty String may have no storage; give libcmark a real pointer.
                guard let base = chars.baseAddress else {
                    return cmark_parse_document("", 0, Self.parseOptions)
                }
                return cmark_parse_document(base, chars.count, Self.parseOptions)
            }
        }
        self.lineOffset = max(0, lineOffset)
    }

    deinit {
        if let rootPointer { cmark_node_free(rootPointer) }
    }

    /// The document node; its descendants are the whole parsed body.
    public var root: MarkdownNode { MarkdownNode(rootPointer, in: self) }

    /// Every node in document order (pre-order), starting with the document node.
    public var nodes: MarkdownNode.Descendants { root.descendants }

    // Extraction results are cached: the domain layer asks for them more than
    // once, and rendering needs the heading anchors too. Rendering restores the
    // tree, so the caches stay valid.
    private var cachedHeadings: [MarkdownHeading]?
    private var cachedLinks: [MarkdownLink]?
    private var cachedTaskItems: [TaskListItem]?

    /// All headings in document order, with unique anchors.
    public var headings: [MarkdownHeading] {
        if let cachedHeadings { return cachedHeadings }
        let found = HeadingExtractor.headings(in: self)
        cachedHeadings = found
        return found
    }

    /// Every link and image in the body, in document order.
    public var links: [MarkdownLink] {
        if let cachedLinks { return cachedLinks }
        let found = LinkExtractor.links(in: self)
        cachedLinks = found
        return found
    }

    /// Every task-list item (`[ ]`, `[x]`, `[n/a]`) at any list depth, in
    /// document order.
    public var taskItems: [TaskListItem] {
        if let cachedTaskItems { return cachedTaskItems }
        let found = TaskItemExtractor.items(in: self)
        cachedTaskItems = found
        return found
    }

    /// Maps a libcmark line number to a line in the original file; 0 (libcmark's
    /// "unknown", e.g. for soft breaks) stays 0.
    func fileLine(_ cmarkLine: Int32) -> Int {
        cmarkLine > 0 ? Int(cmarkLine) + lineOffset : 0
    }
}
