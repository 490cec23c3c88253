import CommonMark

/// A review with its body parsed: the headings and links that validation
/// and the link check read, and the body rendered once while its tree is in
/// memory.
///
/// Rendering here (as Hugo renders `.Content` once per page) means each body
/// is parsed by libcmark exactly once per build.
///
/// A class, not a struct: a document is handed through every stage, kept by
/// `prr serve`'s caches and indexed by several site-wide tables, and copying
/// a struct of some thirty references retained each of them. Retains and
/// releases were nearly half of a `prr serve` rebuild at 10,000 reviews.
public final class ReviewDocument: Sendable {
    /// The review's front matter facts. Its `body` is empty: once parsed, the
    /// body lives on as `body`, `headings`, `links` and the checklist answers,
    /// and keeping the Markdown too would hold every body twice (80 MB at
    /// 10,000 reviews).
    public let review: Review
    public let headings: [MarkdownHeading]
    /// The links that can lead into the site, the only ones the link check
    /// reads: an `http(s)://` link elsewhere than the site's own address can
    /// only leave it. Most links of a review are such evidence links, and
    /// keeping them all was a tenth of a large site's memory.
    public let links: [MarkdownLink]
    /// The body as safe HTML, in memory or in a build's ``BodyStore``.
    public let body: RenderedBody

    init(review: Review, headings: [MarkdownHeading], links: [MarkdownLink], body: RenderedBody) {
        self.review = review
        self.headings = headings
        self.links = links
        self.body = body
    }

    /// The body as safe HTML, read back from the store if it was spilled.
    public var bodyHTML: String { body.html }

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

/// What parsing a review's body gives: the document, and its checklist
/// apart from it, matched to the policy. Validation is the checklist's only
/// reader, so a build frees each review's as soon as it is validated while
/// the document lives on.
public struct ParsedReview: Sendable {
    public let document: ReviewDocument
    /// What the body's task-list lines answer, matched to the policy given at parse.
    public let checklist: ChecklistAnswers

    /// Parses and renders the body of a review whose front matter was read,
    /// and matches its checklist to `policy`, the policy it will be
    /// validated against. `siteURL` is the site's published address
    /// (`base_url`), under which absolute links are the site's own. With
    /// `bodies`, the rendered body waits there rather than in memory; with
    /// `strings`, the headings' text is shared with other reviews' (most
    /// reviews have the checklist's headings).
    public init(
        review: Review, policy: Policy, options: MarkdownRenderOptions, siteURL: String? = nil, bodies: BodyStore? = nil,
        strings: StringTable? = nil
    ) {
        let markdown = MarkdownDocument(markdown: review.body, lineOffset: review.bodyLineOffset)
        var facts = review
        facts.body = ""
        var headings = markdown.headings
        if let strings {
            for index in headings.indices {
                headings[index].text = strings.intern(headings[index].text)
                headings[index].anchor = strings.intern(headings[index].anchor)
            }
        }
        document = ReviewDocument(
            review: facts, headings: headings,
            links: markdown.links.filter { ReviewDocument.canLeadIntoSite($0.url, siteURL: siteURL) }.withExactCapacity(),
            body: RenderedBody.rendering(markdown, options: options, in: bodies))
        checklist = ChecklistAnswers(markdown.taskItems, file: review.file, policy: policy)
    }
}
