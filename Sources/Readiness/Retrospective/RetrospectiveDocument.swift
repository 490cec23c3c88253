import CommonMark

/// A retrospective with its body rendered once while its tree is in memory,
/// as `ReviewDocument` does for reviews.
///
/// A class for the reason `ReviewDocument` is one: the schedule, the
/// retrospective pages and `prr serve`'s caches each hold every document,
/// and copying a struct of many references retained each of them.
public final class RetrospectiveDocument: Sendable, Hashable {
    public let retrospective: Retrospective
    public let headings: [MarkdownHeading]
    /// The body as safe HTML, in memory or in a build's ``BodyStore``.
    public let body: RenderedBody

    /// Parses and renders the body of a retrospective whose front matter
    /// was read; with `bodies`, the rendered body waits there.
    public init(retrospective: Retrospective, options: MarkdownRenderOptions, bodies: BodyStore? = nil) {
        let document = MarkdownDocument(markdown: retrospective.body, lineOffset: retrospective.bodyLineOffset)
        self.retrospective = retrospective
        headings = document.headings
        body = RenderedBody.rendering(document, options: options, in: bodies)
    }

    /// The body as safe HTML, read back from the store if it was spilled.
    public var bodyHTML: String { body.html }

    /// The file the retrospective came from.
    public var file: String { retrospective.file }

    /// Equal when what they hold is equal, as the struct this was compared.
    public static func == (lhs: RetrospectiveDocument, rhs: RetrospectiveDocument) -> Bool {
        lhs === rhs || (lhs.retrospective == rhs.retrospective && lhs.headings == rhs.headings && lhs.bodyHTML == rhs.bodyHTML)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(retrospective)
        hasher.combine(headings)
        hasher.combine(bodyHTML)
    }
}
