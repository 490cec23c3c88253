/// One file of the output: its path relative to the output root and its bytes.
public struct RenderedPage: Sendable {
    public let path: String
    public let html: String
}
