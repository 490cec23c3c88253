import CommonMark

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

    /// `document` rendered and kept in `store`, or in memory without one.
    static func rendering(_ document: MarkdownDocument, options: MarkdownRenderOptions, in store: BodyStore?) -> RenderedBody {
        guard let store else { return RenderedBody(document.renderHTML(options: options)) }
        return document.renderHTML(options: options) { store.keep(utf8: $0) }
    }

    /// The HTML; read back from the store each time, so hold it no longer
    /// than needed.
    public var html: String {
        switch storage {
        case .memory(let html): return html
        case .spilled: return String(decoding: utf8, as: UTF8.self)
        }
    }

    /// The HTML's UTF-8 bytes, read back from the store each time.
    public var utf8: [UInt8] {
        switch storage {
        case .memory(let html): return Array(html.utf8)
        case .spilled(let offset, let length, let store): return store.read(at: offset, length: length)
        }
    }

    /// Appends the HTML's UTF-8 bytes to `buffer`: a page takes its body
    /// from the store without a `String` made and checked on the way.
    public func appendUTF8(to buffer: inout [UInt8]) {
        switch storage {
        case .memory(let html): buffer.append(contentsOf: html.utf8)
        case .spilled: buffer.append(contentsOf: utf8)
        }
    }
}

/// Bodies are equal when their HTML is.
extension RenderedBody: Equatable {
    public static func == (left: RenderedBody, right: RenderedBody) -> Bool {
        left.utf8 == right.utf8
    }
}
