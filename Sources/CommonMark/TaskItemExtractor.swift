import CCmark

/// Finds the task items of a document and splits each into title, note and
/// evidence links.
enum TaskItemExtractor {
    static func items(in document: MarkdownDocument) -> [TaskListItem] {
        let headings = document.headings
        var headingIndex = 0
        var section: TaskListItem.Section?
        var builder = TaskListItem.Builder()
        // Every node is visited once, so nested items at any depth are found
        // exactly once, in document order.
        var walker = SubtreeWalker(document.rootPointer)
        while let node = walker.next() {
            switch node.cmarkType {
            case CMARK_NODE_HEADING:
                // Same walk order as HeadingExtractor, so indices line up.
                if headingIndex < headings.count {
                    let heading = headings[headingIndex]
                    if heading.level == 2 { section = TaskListItem.Section(heading) }
                }
                headingIndex += 1
                walker.skipChildren()
            case CMARK_NODE_ITEM:
                guard let marker = TaskMarker.detect(item: node) else { continue }
                add(node, marker: marker, section: section, in: document, to: &builder)
            default:
                continue
            }
        }
        return builder.items()
    }

    private static func add(
        _ node: OpaquePointer, marker: TaskMarker, section: TaskListItem.Section?,
        in document: MarkdownDocument, to builder: inout TaskListItem.Builder
    ) {
        let content = OwnContent(of: node)
        // The marker is the start of the first paragraph, i.e. of the text.
        var start = min(marker.length, content.text.count)
        var end = content.text.count
        while start < end && isSpace(content.text[start]) { start += 1 }
        while end > start && isSpace(content.text[end - 1]) { end -= 1 }
        let text = content.text[start..<end]
        let linkStart = content.firstLinkOffset.map { min(max($0, start), end) }
        let (title, note) = split(text, linkStart: linkStart)
        builder.add(
            state: marker.state, text: text, title: title, note: note, links: content.links,
            line: document.fileLine(cmark_node_get_start_line(node)),
            column: Int(cmark_node_get_start_column(node)),
            section: section)
    }

    /// Splits the item text at the earliest evidence separator, or at the first
    /// link when that comes earlier and leaves a non-empty title.
    /// The title's and note's positions in `text`.
    static func split(_ text: ArraySlice<UInt8>, linkStart: Int?) -> (title: Range<Int>, note: Range<Int>?) {
        var boundary = text.endIndex
        var noteStart = text.endIndex
        if let separator = firstSeparator(in: text) {
            boundary = separator.lowerBound
            noteStart = separator.upperBound
        }
        if let linkStart, linkStart > text.startIndex, linkStart < boundary {
            boundary = linkStart
            noteStart = linkStart  // the link text is part of the evidence note
        }
        let title = trimmed(text[text.startIndex..<boundary])
        let note = trimmed(text[noteStart..<text.endIndex])
        return (title.indices, note.isEmpty ? nil : note.indices)
    }

    /// The first `—`, ` -- `, ` - ` or `: ` (a `:` at the end counts too).
    static func firstSeparator(in text: ArraySlice<UInt8>) -> Range<Int>? {
        let space = UInt8(ascii: " "), dash = UInt8(ascii: "-")
        var i = text.startIndex
        while i < text.endIndex {
            let byte = text[i]
            let rest = text.endIndex - i
            if byte == 0xE2, rest >= 3, text[i + 1] == 0x80, text[i + 2] == 0x94 {  // U+2014
                return i..<(i + 3)
            }
            if byte == space, rest >= 3, text[i + 1] == dash {
                if text[i + 2] == space { return i..<(i + 3) }
                if rest >= 4, text[i + 2] == dash, text[i + 3] == space { return i..<(i + 4) }
            }
            if byte == UInt8(ascii: ":"), rest == 1 || text[i + 1] == space {
                return i..<(i + 1)
            }
            i += 1
        }
        return nil
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end && isSpace(bytes[start]) { start += 1 }
        while end > start && isSpace(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

/// The text and links of a list item without its nested lists.
private struct OwnContent {
    var text: [UInt8] = []
    var links: [String] = []
    /// Offset in `text` where the first link's text starts.
    var firstLinkOffset: Int?

    init(of item: OpaquePointer) {
        var block = cmark_node_first_child(item)
        while let current = block {
            block = cmark_node_next(current)
            // Nested lists hold task items of their own.
            if current.cmarkType == CMARK_NODE_LIST { continue }
            if !text.isEmpty { text.append(UInt8(ascii: " ")) }
            var walker = SubtreeWalker(current)
            while let node = walker.next() {
                let type = node.cmarkType
                if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                    links.append(cmark_node_get_url(node).map { String(cString: $0) } ?? "")
                    // Images are often inline icons, so only links end a title.
                    if type == CMARK_NODE_LINK && firstLinkOffset == nil { firstLinkOffset = text.count }
                }
                PlainText.appendOwnText(of: node, to: &text)
            }
        }
    }
}
