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
    let ids: [String: Set<String>]
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
        // The links a body renders are the author's: skipped here, reported by `authorDiagnostics`.
        let authored = Dictionary(bodies.parallelMap { body in
            (body.page, Set(PageLinks(path: body.page, html: body.html).links))
        }, uniquingKeysWith: { $0.union($1) })
        // Pages in one folder share most links (every review page links the
        // same dashboards): resolve each link once per folder, not per page.
        var seen: Set<FolderLink> = []
        var unique: [FolderLink] = []
        for page in pages {
            let folder = Self.folder(of: page.path)
            for link in page.links where !Self.isPageLocal(link) {
                let key = FolderLink(folder: folder, link: link)
                if seen.insert(key).inserted { unique.append(key) }
            }
        }
        let verdicts = unique.parallelMap { problem(with: $0.link, on: $0.folder + "page.html") }
        let verdictOf = Dictionary(zip(unique, verdicts), uniquingKeysWith: { first, _ in first })
        let found = pages.parallelMap { page -> [Diagnostic] in
            let skipped = authored[page.path] ?? []
            let folder = Self.folder(of: page.path)
            return page.links.compactMap { link -> Diagnostic? in
                guard !skipped.contains(link) else { return nil }
                let problem = Self.isPageLocal(link)
                    ? problem(with: link, on: page.path)
                    : verdictOf[FolderLink(folder: folder, link: link)] ?? problem(with: link, on: page.path)
                guard let problem else { return nil }
                return Diagnostic(
                    .error, "layout-broken-link", "the page `\(page.path)` has a broken link: \(problem)",
                    at: SourceLocation(file: layoutsDisplay),
                    hint: "Fix the link in the layout that renders `\(page.path)`; build links from `root` and the values the page gives.")
            }
        }
        return found.flatMap { $0 }
    }

    /// A link as written on a page of a folder: its verdict is the same on
    /// every page of that folder.
    private struct FolderLink: Hashable, Sendable {
        let folder: String
        let link: String
    }

    /// The folder part of a page's path, with its slash ("" at the root).
    private static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    }

    /// Whether a link resolves against the page itself (`#top`, `?q`, empty)
    /// rather than its folder.
    private static func isPageLocal(_ link: String) -> Bool {
        link.isEmpty || link.hasPrefix("#") || link.hasPrefix("?") || link.first?.isWhitespace == true
    }

    /// Problems with the links authors wrote, at each link's line and column.
    func authorDiagnostics(_ bodies: [AuthoredBody]) -> [Diagnostic] {
        bodies.flatMap { body in
            body.links.compactMap { link -> Diagnostic? in
                guard SafeURL.isSafe(link.url), let problem = problem(with: link.url, on: body.page) else { return nil }
                return Diagnostic(
                    .warning, "broken-link", "broken link: \(problem)",
                    at: SourceLocation(file: body.file, line: link.line, column: link.column),
                    hint: hint(for: link.url), kind: .finding)
            }
        }
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
