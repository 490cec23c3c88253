/// What the link check keeps of a page once it is written: its path, the
/// `id`s on it and the links it writes.
///
/// Pages are written as soon as they are rendered and only this summary is
/// kept, so a build holds one page's HTML per core rather than the whole site.
struct PageLinks: Sendable {
    /// The page, relative to the output root.
    let path: String
    /// The `id` of every element on the page.
    let ids: Set<String>
    /// Every `href`, `src` and `action` value, decoded, each once, in page
    /// order, but those the check cannot find broken (``needsCheck``).
    let links: [String]

    /// Reads `html`; `baseURL` is the site's address, under which absolute
    /// links are the site's own.
    init(path: String, html: String, baseURL: String? = nil) {
        self.path = path
        var ids: Set<String> = []
        var seen: Set<String> = []
        var links: [String] = []
        HTMLScanner.forEachAttribute(in: html) { _, name, value in
            if HTMLScanner.isName(name, "id") {
                ids.insert(HTMLScanner.decodedValue(value))
            } else if Self.isLink(name) {
                let link = HTMLScanner.decodedValue(value)
                if seen.insert(link).inserted { links.append(link) }
            }
        }
        self.ids = ids
        self.links = links.filter { Self.needsCheck($0, on: path, ids: ids, baseURL: baseURL) }
    }

    init(_ page: RenderedPage, baseURL: String?) {
        self.init(path: page.path, html: page.html, baseURL: baseURL)
    }

    /// Whether the link check has anything to find about `link`: false for
    /// another address (never checked) and for a link to this page or to
    /// an id on it (the page is written, and its ids are known here).
    /// Most of a review page's links are one or the other, and keeping every
    /// page's links until the check was a fifth of a build's peak memory.
    /// Only links that may be either are resolved: a relative path is kept.
    static func needsCheck(_ link: String, on page: String, ids: Set<String>, baseURL: String?) -> Bool {
        guard LinkChecker.isPageLocal(link) || link.hasPrefix("//") || link.utf8.contains(UInt8(ascii: ":")) else {
            return true
        }
        switch LinkTarget.resolve(link, on: page, baseURL: baseURL) {
        case .external: return false
        case .page(let path, let fragment): return path != page || !(fragment.isEmpty || ids.contains(fragment))
        case .outside: return true
        }
    }

    /// The `href`, `src` and `action` values of `html`, such as an authored
    /// body's, each once.
    static func linkSet(in html: String) -> Set<String> {
        var links: Set<String> = []
        HTMLScanner.forEachAttribute(in: html) { _, name, value in
            if isLink(name) { links.insert(HTMLScanner.decodedValue(value)) }
        }
        return links
    }

    /// Whether an attribute holds a link the check follows.
    private static func isLink(_ name: HTMLScanner.Bytes) -> Bool {
        HTMLScanner.isName(name, "href") || HTMLScanner.isName(name, "src") || HTMLScanner.isName(name, "action")
    }
}
