/// A document's body as safe HTML, wherever it waits for its readers: in
/// memory, or in a build's ``BodyStore``. Readers ask for `html` and need
/// not know which.
public struct RenderedBody: Sendable {
    private enum Storage: Sendable {
        case memory(String)
        case spilled(offset: Int, length: Int, store: BodyStore)
    }

    private let storage: Storage

    /// A body kept in memory.
    public init(_ html: String) {
        storage = .memory(html)
    }

    init(spilledAt offset: Int, length: Int, in store: BodyStore) {
        storage = .spilled(offset: offset, length: length, store: store)
    }

    /// `html` kept in `store`, or in memory without one.
    static func keeping(_ html: String, in store: BodyStore?) -> RenderedBody {
        store?.keep(html) ?? RenderedBody(html)
    }

    /// The HTML; read back from the store each time, so hold it no longer
    /// than needed.
    public var html: String {
        switch storage {
        case .memory(let html): return html
        case .spilled(let offset, let length, let store): return store.read(at: offset, length: length)
        }
    }
}
