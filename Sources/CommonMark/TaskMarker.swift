import CCmark

/// The `[ ]` / `[x]` / `[n/a]` marker at the start of a list item.
///
/// Detection looks at the concatenated *leading text nodes* of the item's first
/// block, never at a single node: libcmark may split `[ ]` over several text
/// nodes (`[` and `]` are bracket delimiters to its inline parser).
struct TaskMarker {
    let state: TaskListItem.State
    /// The paragraph that starts with the marker (the item's first child).
    let paragraph: OpaquePointer
    /// Bytes to remove from the start of the paragraph's text: the marker
    /// plus the blanks after it.
    let length: Int

    /// Bytes of leading text that are enough to decide: "[n/a]" plus blanks.
    private static let prefixLimit = 16

    /// The marker of `item`, or nil if it is not a task item.
    static func detect(item: OpaquePointer) -> TaskMarker? {
        guard let paragraph = cmark_node_first_child(item),
              paragraph.cmarkType == CMARK_NODE_PARAGRAPH else { return nil }
        var prefix: [UInt8] = []
        prefix.reserveCapacity(prefixLimit * 2)
        var cursor = cmark_node_first_child(paragraph)
        while let node = cursor, node.cmarkType == CMARK_NODE_TEXT, prefix.count < prefixLimit {
            PlainText.appendCString(cmark_node_get_literal(node), to: &prefix)
            cursor = cmark_node_next(node)
        }
        guard let (state, markerEnd) = parse(prefix) else { return nil }
        var end = markerEnd
        if end == prefix.count {
            // The leading text is exactly the marker, so what follows decides:
            // a line break or nothing is fine, `[x]*emphasis*` is not a task.
            if let next = cursor {
                let type = next.cmarkType
                guard type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK else { return nil }
            }
        } else {
            guard isBlank(prefix[end]) else { return nil }  // "[x]foo" is not a task
            while end < prefix.count && isBlank(prefix[end]) { end += 1 }
        }
        return TaskMarker(state: state, paragraph: paragraph, length: end)
    }

    /// Recognises `[ ]`, `[x]`, `[X]`, `[n/a]` (any case) at the start of
    /// `bytes`, returning the state and the index after the `]`.
    private static func parse(_ bytes: [UInt8]) -> (TaskListItem.State, Int)? {
        guard bytes.count >= 3, bytes[0] == UInt8(ascii: "[") else { return nil }
        let close = UInt8(ascii: "]")
        switch bytes[1] | 0x20 {  // ASCII lowercase (a space stays a space)
        case UInt8(ascii: " ") where bytes[1] == UInt8(ascii: " ") && bytes[2] == close:
            return (.unchecked, 3)
        case UInt8(ascii: "x") where bytes[2] == close:
            return (.checked, 3)
        case UInt8(ascii: "n") where bytes.count >= 5 && bytes[2] == UInt8(ascii: "/")
            && bytes[3] | 0x20 == UInt8(ascii: "a") && bytes[4] == close:
            return (.notApplicable, 5)
        default:
            return nil
        }
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
