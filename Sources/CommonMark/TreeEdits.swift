import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary, reversible edits of a libcmark tree.
///
/// Rendering needs a slightly different tree (unsafe links unwrapped, task
/// markers and heading anchors as custom nodes), but the document must stay as
/// parsed for later walks and extractions. Copying the tree or parsing twice
/// would cost about as much as the parse itself, so instead each edit logs how
/// to undo it and ``undoAll()`` reverts them newest first; each undo then sees
/// exactly the tree its edit produced.
struct TreeEdits: ~Copyable {
    private enum Undo {
        /// `node` was removed and its `count` children moved before it,
        /// starting with `first`; `next` / `parent` locate a childless node.
        case unwrap(node: OpaquePointer, first: OpaquePointer?, count: Int,
                    next: OpaquePointer?, parent: OpaquePointer?)
        /// `node` (created by us) was inserted; unlink and free it.
        case insert(node: OpaquePointer)
        /// The literal of `node` was `original` (NUL-terminated).
        case literal(node: OpaquePointer, original: [CChar])
        /// `heading`'s children were moved into `inline`, inside `block`, and
        /// `block` replaced `heading`.
        case wrapHeading(heading: OpaquePointer, block: OpaquePointer, inline: OpaquePointer)
    }

    private var log: [Undo] = []

    /// Replaces a link or image by its children (link text, alt text).
    mutating func unwrap(_ node: OpaquePointer) {
        let first = cmark_node_first_child(node)
        var count = 0
        while let child = cmark_node_first_child(node) {
            guard cmark_node_insert_before(node, child) != 0 else { break }
            count += 1
        }
        guard cmark_node_first_child(node) == nil else {
            // libcmark refused a move (it cannot for inline children). Put the
            // moved ones back and keep the link rather than lose content.
            for _ in 0..<count {
                guard let previous = cmark_node_previous(node) else { break }
                cmark_node_prepend_child(node, previous)
            }
            return
        }
        let next = cmark_node_next(node)
        let parent = cmark_node_parent(node)
        cmark_node_unlink(node)
        log.append(.unwrap(node: node, first: count > 0 ? first : nil, count: count,
                           next: next, parent: parent))
    }

    /// Inserts a custom inline with `html` as first child of `parent`.
    mutating func prependCustomInline(_ html: String, to parent: OpaquePointer) {
        guard let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(node, html)
        cmark_node_set_on_exit(node, "")
        guard cmark_node_prepend_child(parent, node) != 0 else {
            cmark_node_free(node)
            return
        }
        log.append(.insert(node: node))
    }

    /// Removes the first `count` bytes of text from the leading text nodes of
    /// `parent` (a marker that may span several nodes).
    mutating func dropLeadingText(_ count: Int, of parent: OpaquePointer) {
        var remaining = count
        var cursor = cmark_node_first_child(parent)
        while remaining > 0, let node = cursor, node.cmarkType == CMARK_NODE_TEXT {
            cursor = cmark_node_next(node)
            guard let literal = cmark_node_get_literal(node) else { continue }
            // Copy before setting: the new value is a suffix of the old buffer.
            let length = strlen(literal)
            let original = Array(UnsafeBufferPointer(start: literal, count: length + 1))
            let dropped = min(remaining, length)
            remaining -= dropped
            let suffix = Array(original[dropped...])
            suffix.withUnsafeBufferPointer { _ = cmark_node_set_literal(node, $0.baseAddress) }
            log.append(.literal(node: node, original: original))
        }
    }

    /// Replaces `heading` by a custom block holding a custom inline that
    /// renders as `open` + the heading's content + `close`.
    ///
    /// Why this shape: libcmark cannot put attributes on `<hN>`, and a custom
    /// inline inside the heading would render *inside* `<hN>`. A custom block
    /// may contain inlines, and with empty on_enter/on_exit it adds only the
    /// line breaks a heading gets anyway, so the output is exactly
    /// `<h2 id="…">…</h2>` with no string surgery on the rendered HTML (which
    /// raw HTML written by authors could confuse).
    mutating func wrapHeading(_ heading: OpaquePointer, open: String, close: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        guard let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else {
            cmark_node_free(block)
            return
        }
        cmark_node_set_on_enter(block, "")
        cmark_node_set_on_exit(block, "")
        cmark_node_set_on_enter(inline, open)
        cmark_node_set_on_exit(inline, close)
        guard cmark_node_append_child(block, inline) != 0,
              cmark_node_insert_before(heading, block) != 0 else {
            cmark_node_free(block)
            return
        }
        while let child = cmark_node_first_child(heading) {
            guard cmark_node_append_child(inline, child) != 0 else { break }
        }
        cmark_node_unlink(heading)
        log.append(.wrapHeading(heading: heading, block: block, inline: inline))
    }

    /// Reverts every edit, newest first, leaving the tree as parsed.
    mutating func undoAll() {
        while let undo = log.popLast() {
            switch undo {
            case let .unwrap(node, first, count, next, parent):
                if let first {
                    cmark_node_insert_before(first, node)
                } else if let next {
                    cmark_node_insert_before(next, node)
                } else if let parent {
                    cmark_node_append_child(parent, node)
                }
                for _ in 0..<count {
                    guard let child = cmark_node_next(node) else { break }
                    cmark_node_append_child(node, child)
                }
            case let .insert(node):
                cmark_node_free(node)  // also unlinks it
            case let .literal(node, original):
                original.withUnsafeBufferPointer { _ = cmark_node_set_literal(node, $0.baseAddress) }
            case let .wrapHeading(heading, block, inline):
                while let child = cmark_node_first_child(inline) {
                    guard cmark_node_append_child(heading, child) != 0 else { break }
                }
                cmark_node_insert_before(block, heading)
                cmark_node_free(block)
            }
        }
    }
}
