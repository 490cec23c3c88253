import CommonMark

/// A review with its body parsed: the checklist, headings and links that
/// validation reads, and the body rendered once while its tree is in memory.
///
/// Rendering here (as Hugo renders `.Content` once per page) means each body
/// is parsed by libcmark exactly once per build.
public struct ReviewDocument: Sendable {
    /// The review's front matter facts. Its `body` is empty: once parsed, the
    /// body lives on as `bodyHTML`, `checklist`, `headings` and `links`, and
    /// keeping the Markdown too would hold every body twice (80 MB at
    /// 10,000 reviews).
    public var review: Review
    /// Task-list items in document order. Validation is their only reader:
    /// in a loaded ``Site`` they have been dropped, to save memory.
    public var checklist: [TaskListItem]
    public var headings: [MarkdownHeading]
    public var links: [MarkdownLink]
    /// The body as safe HTML.
    public var bodyHTML: String

    /// Parses and renders the body of a review whose front matter was read.
    public init(review: Review, options: MarkdownRenderOptions) {
        let document = MarkdownDocument(markdown: review.body, lineOffset: review.bodyLineOffset)
        self.review = review
        self.review.body = ""
        checklist = document.taskItems
        headings = document.headings
        links = document.links
        bodyHTML = document.renderHTML(options: options)
    }

    /// The file the review came from.
    public var file: String { review.file }
}
