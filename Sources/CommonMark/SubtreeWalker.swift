import CCmark

/// A pre-order walk over one libcmark subtree, following parent and sibling
/// links.
///
/// Iterative on purpose: Markdown nesting depth is unbounded (`>>>>>…` or
/// thousands of nested list markers), so recursion could overflow the stack on
/// hostile content. It allocates nothing, which keeps extraction cheap.
///
/// The tree must not be edited while walking; collect nodes first, then edit.
struct SubtreeWalker {
    private let root: OpaquePointer?
    private var pending: OpaquePointer?
    private var last: OpaquePointer?

    init(_ root: OpaquePointer?) {
        self.root = root
        self.pending = root
    }

    /// The next node in document order (the root first), or nil at the end.
    mutating func next() -> OpaquePointer? {
        guard let node = pending else { return nil }
        last = node
        pending = cmark_node_first_child(node) ?? successor(of: node)
        return node
    }

    /// Continues after the subtree of the node last returned by ``next()``,
    /// e.g. to leave out a nested list.
    mutating func skipChildren() {
        guard let last else { return }
        pending = successor(of: last)
    }

    /// The node after `node`'s subtree, staying inside `root`.
    private func successor(of node: OpaquePointer) -> OpaquePointer? {
        var current = node
        while current != root {
            if let sibling = cmark_node_next(current) { return sibling }
            guard let parent = cmark_node_parent(current) else { return nil }
            current = parent
        }
        return nil
    }
}

extension OpaquePointer {
    /// The libcmark node type of this node.
    var cmarkType: cmark_node_type { cmark_node_get_type(self) }
}
