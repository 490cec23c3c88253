import CommonMark

/// A retrospective with its body rendered once while its tree is in memory,
/// as `ReviewDocument` does for reviews.
public struct RetrospectiveDocument: Sendable, Hashable {
    public var retrospective: Retrospective
    public var headings: [MarkdownHeading]
    /// The body as safe HTML.
    public var bodyHTML: String

    /// Parses and renders the body of a retrospective whose front matter was read.
    public init(retrospective: Retrospective, options: MarkdownRenderOptions) {
        let document = MarkdownDocument(markdown: retrospective.body, lineOffset: retrospective.bodyLineOffset)
        self.retrospective = retrospective
        headings = document.headings
        bodyHTML = document.renderHTML(options: options)
    }

    /// The file the retrospective came from.
    public var file: String { retrospective.file }
}
