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
    /// The links that can lead into the site, the only ones the link check
    /// reads: an `http(s)://` link elsewhere than the site's own address can
    /// only leave it. Most links of a review are such evidence links, and
    /// keeping them all was a tenth of a large site's memory.
    public var links: [MarkdownLink]
    /// The body as safe HTML.
    public var bodyHTML: String

    /// Parses and renders the body of a review whose front matter was read;
    /// `siteURL` is the site's published address (`base_url`), under which
    /// absolute links are the site's own.
    public init(review: Review, options: MarkdownRenderOptions, siteURL: String? = nil) {
        let document = MarkdownDocument(markdown: review.body, lineOffset: review.bodyLineOffset)
        self.review = review
        self.review.body = ""
        checklist = document.taskItems
        headings = document.headings
        links = document.links.filter { Self.canLeadIntoSite($0.url, siteURL: siteURL) }
        bodyHTML = document.renderHTML(options: options)
    }

    /// False only for a link that certainly leads elsewhere: `http://` or
    /// `https://` (which the link check treats as off-site) and not under
    /// the site's own address. Anything else is kept for the check to judge.
    static func canLeadIntoSite(_ url: String, siteURL: String?) -> Bool {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else { return true }
        guard let siteURL, !siteURL.isEmpty else { return false }
        return url.hasPrefix(siteURL)
    }

    /// The file the review came from.
    public var file: String { review.file }
}
