/// What the link check keeps of a page once it is written: its path, the
/// `id`s on it and the links it writes.
///
/// Pages are written as soon as they are rendered and only this summary is
/// kept, so a build holds one page's HTML per core rather than the whole site.
struct PageLinks: Sendable {
    /// The page, relative to the output root.
    let path: String
    /// The `id` of every element on the page.
    let ids: PageIDs
    /// Every `href`, `src` and `action` value, decoded, each once, in page
    /// order, but those the check cannot find broken (``needsCheck``).
    let links: [String]

    /// Reads `html`; `baseURL` is the site's address, under which absolute
    /// links are the site's own. `writing` is every path the build writes,
    /// when known: a link to one of them, without a `#fragment`, is fine.
    /// `written` holds the ids of pages written already: a link to an id
    /// on one of them is checked now.
    init(
        path: String, html: String, baseURL: String? = nil, writing: Set<String>? = nil,
        written: [String: PageIDs]? = nil
    ) {
        self = UTF8Search.withBytes(html) {
            PageLinks(path: path, bytes: $0, baseURL: baseURL, writing: writing, written: written)
        }
    }

    /// Reads a page from its UTF-8 bytes, as ``init(path:html:baseURL:writing:written:)`` reads its text.
    init(
        path: String, bytes: UnsafeBufferPointer<UInt8>, baseURL: String? = nil, writing: Set<String>? = nil,
        written: [String: PageIDs]? = nil
    ) {
        self.path = path
        // Sized for a review page (about 60 distinct links): growing a set
        // from empty rehashes it at every doubling, a percent of a build's
        // instructions.
        var ids = PageIDs()
        var seen = Set<String>(minimumCapacity: 128)
        var links: [String] = []
        UTF8Search.withBytes(baseURL ?? "") { site in
            // Links are read from their bytes only when the site's address
            // reads the same as bytes and as Characters.
            let readsExternal = site.allSatisfy(LinkTarget.isPlain)
            HTMLScanner.forEachAttribute(in: bytes) { _, name, value in
                if HTMLScanner.isName(name, "id") {
                    if value.contains(UInt8(ascii: "&")) {
                        ids.append(HTMLScanner.decodedValue(value).utf8)
                    } else {
                        ids.append(value)
                    }
                } else if Self.isLink(name), !(readsExternal && LinkTarget.isPlainExternal(value, site: site)) {
                    let link = HTMLScanner.decodedValue(value)
                    if seen.insert(link).inserted { links.append(link) }
                }
            }
        }
        self.ids = ids
        self.links = links.filter {
            Self.needsCheck($0, on: path, ids: ids, baseURL: baseURL, writing: writing, written: written)
        }
    }

    init(_ page: RenderedPage, baseURL: String?, writing: Set<String>? = nil, written: [String: PageIDs]? = nil) {
        self = page.bytes.withUnsafeBufferPointer {
            PageLinks(path: page.path, bytes: $0, baseURL: baseURL, writing: writing, written: written)
        }
    }

    /// Whether the link check has anything to find about `link`: false for
    /// another address (never checked), for a link to this page or to an id
    /// on it (the page is written, and its ids are known here), and for a
    /// link without a fragment to a file in `writing`. Nearly every link of
    /// a large site is one of these, and keeping every page's links until
    /// the check was a fifth of a build's peak memory. A link to an id on
    /// another page is false when that page is in `written` and has the
    /// id; otherwise it is kept, as that page's ids are known only once it
    /// is written.
    static func needsCheck(
        _ link: String, on page: String, ids: PageIDs, baseURL: String?, writing: Set<String>? = nil,
        written: [String: PageIDs]? = nil
    ) -> Bool {
        switch LinkTarget.resolve(link, on: page, baseURL: baseURL) {
        case .external: return false
        case .page(let path, let fragment) where path == page: return !(fragment.isEmpty || ids.contains(fragment))
        case .page(let path, let fragment) where fragment.isEmpty: return writing?.contains(path) != true
        case .page(let path, let fragment): return written?[path]?.contains(fragment) != true
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
