/// One data file's JSON: its format and the members of its top-level object.
/// `prr serve` and the tests take its text; a build streams it to disk
/// (``write(to:)``), so the file is never held whole.
struct JSONDocument {
    let format: JSONOutput.Format
    let members: (inout JSONStreamWriter) -> Void

    init(format: JSONOutput.Format = .pretty, _ members: @escaping (inout JSONStreamWriter) -> Void) {
        self.format = format
        self.members = members
    }

    /// The whole file, ending in a newline.
    var text: String { JSONOutput.document(format: format, members) }

    /// The same bytes, handed to `sink` a chunk of `chunkSize` or so at a time.
    func write(to sink: ChunkSink, chunkSize: Int = 1 << 20) {
        JSONOutput.write(format: format, to: sink, chunkSize: chunkSize, members)
    }
}
