/// One file of the output: its path relative to the output root and its bytes.
public struct RenderedPage: Sendable {
    public let path: String
    /// The file's UTF-8 bytes, as layouts render them and the disk gets them.
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, html: String) {
        self.init(path: path, bytes: Array(html.utf8))
    }

    /// The file as text.
    public var html: String { String(decoding: bytes, as: UTF8.self) }
}
