import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension MarkdownDocument {
    /// Renders the body as an HTML fragment.
    ///
    /// - Links and images whose destination ``LinkSafety`` refuses become their
    ///   text (an image its alt text), even with `allowRawHTML`.
    /// - Task items start with a disabled checkbox
    ///   (`<input type="checkbox" class="task" disabled>`, `… checked disabled>`)
    ///   or `<span class="task na" title="Not applicable">N/A</span>` instead of
    ///   the `[ ]` / `[x]` / `[n/a]` marker.
    /// - Headings carry `id` attributes equal to ``MarkdownHeading/anchor``.
    ///
    /// The tree is edited for rendering and restored before returning, so the
    /// document reads the same afterwards.
    public func renderHTML(options: MarkdownRenderOptions = MarkdownRenderOptions()) -> String {
        renderHTML(options: options) { String(decoding: $0, as: UTF8.self) }
    }

    /// Renders the body as ``renderHTML(options:)`` does and hands `use` the
    /// bytes libcmark wrote, which last only during `use`. They are not
    /// always valid UTF-8, even for a valid document: libcmark writes a lone
    /// byte for `&#xFFFE;` and `&#xFFFF;`. ``renderHTML(options:)`` repairs
    /// them to U+FFFD.
    public func renderHTML<Result>(
        options: MarkdownRenderOptions = MarkdownRenderOptions(), _ use: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        guard let root = rootPointer else { return use(UnsafeBufferPointer(start: nil, count: 0)) }
        let targets = RenderTargets(root: root)
        let anchors = headings.map(\.anchor)

        var edits = TreeEdits()
        // Markers first: their positions were measured on the untouched tree.
        for marker in targets.taskMarkers {
            edits.dropLeadingText(marker.length, of: marker.paragraph)
            edits.prependCustomInline(Self.taskHTML(marker.state), to: marker.paragraph)
        }
        for node in targets.unsafeLinks {
            edits.unwrap(node)
        }
        for (index, heading) in targets.headings.enumerated() where index < anchors.count {
            let level = cmark_node_get_heading_level(heading)
            // Anchors contain only letters, marks, digits and "-", but escaping
            // keeps the verbatim custom-node output safe whatever Slug becomes.
            edits.wrapHeading(
                heading,
                open: "<h\(level) id=\"\(Self.escapeAttribute(anchors[index]))\">",
                close: "</h\(level)>"
            )
        }

        let renderOptions = options.allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let rendered = cmark_render_html(root, renderOptions)
        edits.undoAll()
        guard let rendered else { return use(UnsafeBufferPointer(start: nil, count: 0)) }
        defer { free(rendered) }
        let count = strlen(rendered)
        return rendered.withMemoryRebound(to: UInt8.self, capacity: count) { bytes in
            use(UnsafeBufferPointer(start: bytes, count: count))
        }
    }

    /// What a task marker renders as. Fixed strings: no author text goes in.
    static func taskHTML(_ state: TaskListItem.State) -> String {
        switch state {
        case .unchecked: return #"<input type="checkbox" class="task" disabled> "#
        case .checked: return #"<input type="checkbox" class="task" checked disabled> "#
        case .notApplicable: return #"<span class="task na" title="Not applicable">N/A</span> "#
        }
    }

    /// Escapes text for a double-quoted attribute. Custom node literals are
    /// emitted verbatim by libcmark, even in safe mode.
    ///
    /// Works on UTF-8 bytes: the five escaped characters are ASCII, and no
    /// byte of a multi-byte scalar is ASCII, so every other byte is copied.
    static func escapeAttribute(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The nodes rendering has to change, collected in one walk before any edit
/// (libcmark trees must not be edited while being walked).
private struct RenderTargets {
    var taskMarkers: [TaskMarker] = []
    var unsafeLinks: [OpaquePointer] = []
    var headings: [OpaquePointer] = []

    init(root: OpaquePointer) {
        var walker = SubtreeWalker(root)
        while let node = walker.next() {
            switch node.cmarkType {
            case CMARK_NODE_ITEM:
                if let marker = TaskMarker.detect(item: node) { taskMarkers.append(marker) }
            case CMARK_NODE_HEADING:
                headings.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if !Self.isSafe(node) { unsafeLinks.append(node) }
            default:
                break
            }
        }
    }

    private static func isSafe(_ node: OpaquePointer) -> Bool {
        guard let url = cmark_node_get_url(node) else { return true }  // no URL: ""
        return url.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
            LinkSafety.isAllowed(utf8: UnsafeBufferPointer(start: start, count: strlen(url)))
        }
    }
}
