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
    /// Every `href`, `src` and `action` value, decoded, each once, in page order.
    let links: [String]

    init(path: String, html: String) {
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
        self.links = links
    }

    init(_ page: RenderedPage) {
        self.init(path: page.path, html: page.html)
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
