/// Options for ``MarkdownDocument/renderHTML(options:)``.
public struct MarkdownRenderOptions: Sendable, Hashable {
    /// Pass raw HTML blocks and inlines through. Off by default: libcmark then
    /// replaces them with `<!-- raw HTML omitted -->`. Link and image
    /// destinations are filtered (``LinkSafety``) either way.
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }
}
