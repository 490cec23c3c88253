/// The site's machine-readable files are written the same way every time:
/// sorted keys, `/` unescaped (URLs stay readable), keys in snake_case, a
/// trailing newline; pretty-printed, or compact for the search index.
///
/// These are the bytes `JSONEncoder` wrote for them before; they are now
/// written by ``JSONStreamWriter`` straight into one buffer, because encoding
/// thousands of list elements with `JSONEncoder` cost a big build about a
/// tenth of its CPU. Each data file's types write their members themselves,
/// in sorted key order, and stay `Encodable` so the tests can hold the output
/// against `JSONEncoder`.
enum JSONOutput {
    enum Format: Sendable {
        /// Two-space indents and `" : "` between key and value.
        case pretty
        /// No whitespace at all.
        case compact
    }

    /// The text of a document whose top-level object's members `members`
    /// writes, ending in a newline.
    static func document(format: Format = .pretty, _ members: (inout JSONStreamWriter) -> Void) -> String {
        var writer = JSONStreamWriter(format: format)
        writer.object(members)
        return writer.text()
    }

    /// The same document's bytes handed to `sink` a chunk at a time.
    static func write(
        format: Format = .pretty, to sink: ChunkSink, chunkSize: Int = 1 << 20,
        _ members: (inout JSONStreamWriter) -> Void
    ) {
        var writer = JSONStreamWriter(format: format, sink: sink, chunkSize: chunkSize)
        writer.object(members)
        writer.finish()
    }
}
