import CommonMark
import Readiness

/// Verifies, after rendering, that every link between the site's pages
/// leads to a file that was written and every `#anchor` to an `id` on its page.
///
/// Links in authors' Markdown bodies become `broken-link` warnings at the
/// link's line and column in the source file. Every other link on a page came
/// from a layout and becomes a `layout-broken-link` error naming the page,
/// which stops the build from publishing. Links to other addresses
/// (`https:`, `mailto:`) are not fetched.
///
/// A relative link to another review's Markdown file (`other.md`) is reported,
/// not rewritten: the site has `other.html`, and the hint says so.
struct LinkChecker: Sendable {
    /// Every file the build writes, relative to the output root.
    let written: Set<String>
    /// The `id`s on each HTML page.
    let ids: [String: PageIDs]
    let baseURL: String?

    init(pages: [PageLinks], otherFiles: [String], baseURL: String?) {
        written = Set(pages.map(\.path) + otherFiles)
        ids = Dictionary(pages.map { ($0.path, $0.ids) }, uniquingKeysWith: { first, _ in first })
        self.baseURL = baseURL
    }

    /// Why a link is broken, or nil when it leads somewhere that exists.
    func problem(with href: String, on page: String) -> String? {
        switch LinkTarget.resolve(href, on: page, baseURL: baseURL) {
        case .external:
            return nil
        case .outside(let reason):
            return "`\(href)` \(reason)"
        case .page(let path, let fragment):
            guard written.contains(path) else { return "`\(href)` leads to `\(path)`, which the site does not have" }
            guard !fragment.isEmpty, let targets = ids[path] else { return nil }
            return targets.contains(fragment) ? nil : "`\(href)`: `\(path)` has no element with id `\(fragment)`"
        }
    }

    /// Problems with the links of layouts, one error per page and link.
    func layoutDiagnostics(_ pages: [PageLinks], bodies: [AuthoredBody], layoutsDisplay: String) -> [Diagnostic] {
        // Made only if a page has a broken link: a table of every body was
        // most of what the check added to a large build's peak.
        let bodiesByPage = OnceValue { Dictionary(grouping: bodies, by: \.page) }
        let found = FolderRuns.split(pages).parallelMap { run -> [Diagnostic] in
            var verdicts: [String: String?] = [:]
            return pages[run].flatMap { page in
                // The links a body renders are the author's: skipped here,
                // reported by `authorDiagnostics`. Broken links are rare, so
                // the bodies are read only for a page that has one.
                var authored: Set<String>?
                return page.links.compactMap { link -> Diagnostic? in
                    guard let problem = problem(with: link, on: page.path, sharing: &verdicts) else { return nil }
                    let skipped = authored ?? Self.renderedLinks(of: bodiesByPage.get()[page.path] ?? [])
                    authored = skipped
                    guard !skipped.contains(link) else { return nil }
                    return Diagnostic(
                        .error, "layout-broken-link", "the page `\(page.path)` has a broken link: \(problem)",
                        at: SourceLocation(file: layoutsDisplay),
                        hint: "Fix the link in the layout that renders `\(page.path)`; build links from `root` and the values the page gives.")
                }
            }
        }
        return found.flatMap { $0 }
    }

    /// `problem(with:on:)`, answered from `verdicts` for a link already
    /// resolved on a page of the same folder. Pages in one folder share most
    /// links (every review page links the same dashboards), and a link that
    /// does not resolve against the page itself leads to the same place from each.
    private func problem(with link: String, on page: String, sharing verdicts: inout [String: String?]) -> String? {
        guard !Self.isPageLocal(link) else { return problem(with: link, on: page) }
        if let known = verdicts[link] { return known }
        let found = problem(with: link, on: page)
        verdicts.updateValue(found, forKey: link)
        return found
    }

    /// Every link the bodies' HTML writes.
    private static func renderedLinks(of bodies: [AuthoredBody]) -> Set<String> {
        bodies.reduce(into: []) { links, body in links.formUnion(PageLinks.linkSet(in: body.html)) }
    }

    /// Whether a link resolves against the page itself (`#top`, `?q`, empty)
    /// rather than its folder.
    static func isPageLocal(_ link: String) -> Bool {
        // A Character is whitespace when its first scalar is.
        link.isEmpty || link.hasPrefix("#") || link.hasPrefix("?") || link.unicodeScalars.first.map(LinkTarget.isWhitespace) == true
    }

    /// Problems with the links authors wrote, at each link's line and column.
    func authorDiagnostics(_ bodies: [AuthoredBody]) -> [Diagnostic] {
        bodies.parallelMap { body in
            body.links.compactMap { link -> Diagnostic? in
                guard SafeURL.isSafe(link.url), let problem = problem(with: link.url, on: body.page) else { return nil }
                return Diagnostic(
                    .warning, "broken-link", "broken link: \(problem)",
                    at: SourceLocation(file: body.file, line: link.line, column: link.column),
                    hint: hint(for: link.url), kind: .finding)
            }
        }.flatMap { $0 }
    }

    private func hint(for url: String) -> String {
        let path = url.split(separator: "#", maxSplits: 1).first.map(String.init) ?? url
        if path.hasSuffix(".md") || path.hasSuffix(".markdown") {
            let page = path.hasSuffix(".md") ? String(path.dropLast(3)) : String(path.dropLast(9))
            return "Link to the page the site has for it, `\(page).html`, not to its Markdown file."
        }
        return "Link to a page the site has, relative to this one (e.g. `other-service.html#section`), and to a heading's id as shown by its `#` link."
    }
}
