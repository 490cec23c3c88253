/// How deeply YAML may nest.
///
/// Trees are walked, copied and freed recursively (readers, and the Swift
/// runtime releasing nested arrays), and parsing runs on worker threads with
/// small stacks: a few kilobytes of `[[[[…` would crash the process. Real
/// content nests a handful of levels, so texts deeper than `limit` are refused
/// with a diagnostic instead. Both composers measure depth as they go, and
/// count an alias as deep as the node it repeats, because the node is copied
/// into the tree: a chain of anchors each nesting the previous one is deep
/// with little text.
enum YAMLNesting {
    static let limit = 64
}
