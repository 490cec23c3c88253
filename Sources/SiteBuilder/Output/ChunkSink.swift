/// Takes a file's bytes in order, a chunk at a time, so a large data file
/// goes to disk as it is written instead of being held whole: at 10,000
/// reviews `gaps.json` and `reviews.json` are 45 MB, and building both in
/// memory at once, with their strings, was the peak of a build.
///
/// Writers hand chunks without handling errors (the JSON writer's callbacks
/// cannot throw); the first error is kept, later chunks are dropped, and the
/// owner of the sink throws it when the file is done.
final class ChunkSink {
    private let write: (UnsafeRawBufferPointer) throws -> Void
    /// The first error writing met.
    private(set) var failure: Error?

    init(_ write: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.write = write
    }

    func take(_ bytes: [UInt8]) {
        guard failure == nil, !bytes.isEmpty else { return }
        do {
            try bytes.withUnsafeBytes(write)
        } catch {
            failure = error
        }
    }
}
