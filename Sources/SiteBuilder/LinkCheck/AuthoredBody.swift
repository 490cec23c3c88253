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
    /// The body as it was inserted into the page.
    let html: String
    let links: [MarkdownLink]

    /// The bodies of every review and retrospective. Retrospectives are
    /// included only when a page was written for them.
    static func all(in site: Site, writtenPages: Set<String>) -> [AuthoredBody] {
        var bodies = site.reviews.map { document in
            AuthoredBody(page: SiteURLs.review(document.review.serviceName), file: document.file,
                         html: document.bodyHTML, links: document.links)
        }
        for document in site.retrospectives {
            let page = SiteURLs.retrospective(document.retrospective.serviceName)
            guard writtenPages.contains(page) else { continue }
            let retrospective = document.retrospective
            let links = MarkdownDocument(markdown: retrospective.body, lineOffset: retrospective.bodyLineOffset).links
            bodies.append(AuthoredBody(page: page, file: document.file, html: document.bodyHTML, links: links))
        }
        return bodies
    }
}
