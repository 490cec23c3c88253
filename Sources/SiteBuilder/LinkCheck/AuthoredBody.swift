import CommonMark
import Readiness

/// A Markdown body an author wrote, as it appears on a page: the links in
/// it (with their place in the source file) are the author's, not the
/// layout's, so they are reported against the file as `broken-link`.
struct AuthoredBody: Sendable {
    /// The page the body is rendered on, relative to the output root.
    let page: String
    /// The source file, for diagnostics.
    let file: String
    /// The body as it was inserted into the page. Held as the document
    /// holds it, not as text: the check reads it only for a page with a
    /// broken layout link, and reading every spilled body back at once
    /// would bring them all into memory together.
    let body: RenderedBody
    let links: [MarkdownLink]

    var html: String { body.html }

    /// The bodies of every review and retrospective. Retrospectives are
    /// included only when a page was written for them; their links are read
    /// again from their Markdown, on every core.
    static func all(in site: Site, writtenPages: Set<String>) -> [AuthoredBody] {
        let reviews = site.reviews.map { document in
            AuthoredBody(page: SiteURLs.review(document.review.serviceName), file: document.file,
                         body: document.body, links: document.links)
        }
        let retrospectives = site.retrospectives
            .filter { writtenPages.contains(SiteURLs.retrospective($0.retrospective.serviceName)) }
            .parallelMap { document in
                let retrospective = document.retrospective
                let links = MarkdownDocument(markdown: retrospective.body, lineOffset: retrospective.bodyLineOffset).links
                return AuthoredBody(page: SiteURLs.retrospective(retrospective.serviceName), file: document.file,
                                    body: document.body, links: links)
            }
        return reviews + retrospectives
    }
}
