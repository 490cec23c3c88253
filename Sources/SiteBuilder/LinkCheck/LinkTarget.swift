import Foundation

/// Where a link on a page of the site leads.
enum LinkTarget: Equatable {
    /// Another address (a scheme such as `https:` or `mailto:`, or `//host`): not checked.
    case external
    /// A file of the site, relative to the output root, and the `#fragment` if any
    /// (percent-decoded; empty when the link has none).
    case page(path: String, fragment: String)
    /// A link that cannot lead inside the site: a root-relative `/path`, or a
    /// relative path that climbs above the site's root.
    case outside(reason: String)

    /// Resolves `href` as written on the page at `page` (a path relative to
    /// the output root). Addresses starting with `baseURL` are read as links
    /// into the site, so canonical links and the 404 page's links are checked too.
    static func resolve(_ href: String, on page: String, baseURL: String? = nil) -> LinkTarget {
        let trimmed = trimmingWhitespace(href)
        if let baseURL, !baseURL.isEmpty, trimmed.hasPrefix(baseURL) {
            return resolve(String(trimmed.dropFirst(baseURL.count)), on: SiteURLs.home)
        }
        if trimmed.hasPrefix("//") || hasScheme(trimmed) { return .external }
        if trimmed.hasPrefix("/") {
            return .outside(reason: "starts with `/`, which breaks when the site is served from a sub-path or opened from a file")
        }
        var rest = Substring(trimmed)
        var fragment = ""
        if let hash = rest.firstIndex(of: "#") {
            fragment = percentDecoded(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        guard !rest.isEmpty else { return .page(path: page, fragment: fragment) }
        var parts = page.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        for part in percentDecoded(rest).split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".", "": continue
            case "..":
                guard !parts.isEmpty else { return .outside(reason: "climbs above the site's root folder") }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        var path = parts.joined(separator: "/")
        if rest.hasSuffix("/") || path.isEmpty { path += path.isEmpty ? SiteURLs.home : "/" + SiteURLs.home }
        return .page(path: path, fragment: fragment)
    }

    /// Whether the reference starts with `scheme:` (RFC 3986: a letter, then letters, digits, `+-.`).
    static func hasScheme(_ reference: String) -> Bool {
        guard let colon = reference.firstIndex(of: ":") else { return false }
        let scheme = reference[..<colon]
        guard let first = scheme.unicodeScalars.first, isLetter(first) else { return false }
        return scheme.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// `text` without leading and trailing whitespace; most links have none,
    /// and answering them without Foundation's character-set trim matters
    /// when every link of every page is resolved.
    static func trimmingWhitespace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        guard first.properties.isWhitespace || last.properties.isWhitespace else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `%XX` sequences decoded as UTF-8; malformed ones are kept as written.
    static func percentDecoded(_ text: Substring) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        return String(text).removingPercentEncoding ?? String(text)
    }
}
