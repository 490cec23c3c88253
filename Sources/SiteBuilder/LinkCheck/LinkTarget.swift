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
        if let fragment = plainFragment(href, baseURL: baseURL) { return .page(path: page, fragment: fragment) }
        return resolveWritten(href, on: page, baseURL: baseURL)
    }

    /// The fragment of a link to an id on its own page (`#failure-modes`),
    /// read from its bytes: a third of the links a page keeps are these.
    /// Only for printable ASCII without `%` (nothing to trim or decode),
    /// and not when the site's address could start the link; nil leaves it
    /// to ``resolveWritten(_:on:baseURL:)``, which gives the same answer.
    private static func plainFragment(_ href: String, baseURL: String?) -> String? {
        guard href.utf8.first == UInt8(ascii: "#"), baseURL?.utf8.first != UInt8(ascii: "#") else { return nil }
        return UTF8Search.withBytes(href) { bytes in
            guard bytes.allSatisfy({ isPlain($0) && $0 != UInt8(ascii: "%") }) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes.dropFirst()), as: UTF8.self)
        }
    }

    /// Whether `value`, an attribute value as written, certainly links to
    /// another address, read from its bytes: a third of a review page's
    /// links do, and making each a string, hashing it and resolving it was
    /// most of their cost. It answers only when the bytes that decide, the
    /// scheme (or `//`) and as many as the site's address has, are printable
    /// ASCII without `&` (nothing to decode or trim) and an ASCII byte or the
    /// end follows the scheme: there bytes are Characters and
    /// ``resolve(_:on:baseURL:)`` reads the start of the link the same way.
    /// What comes later cannot make the link start with the site's address
    /// or lose its scheme. False leaves the link to
    /// `resolve`. `site` is the site's address, empty when there is none,
    /// and must itself be printable ASCII.
    static func isPlainExternal(_ value: HTMLScanner.Bytes, site: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = value.first else { return false }
        // The end of the scheme's `:` or of the `//`.
        var decided = value.startIndex
        if first == UInt8(ascii: "/") {
            guard value.dropFirst().first == UInt8(ascii: "/") else { return false }
            decided += 2
        } else {
            // A scheme: a letter, then letters, digits and `+-.`, then `:`.
            guard isLetter(first),
                let colon = value.dropFirst().firstIndex(where: { !isSchemeByte($0) }), value[colon] == UInt8(ascii: ":")
            else { return false }
            decided = colon + 1
        }
        // A combining mark after them would join the `:` or `/` into another Character.
        guard decided == value.endIndex || value[decided] < 0x80 else { return false }
        guard !site.isEmpty else { return true }
        let covered = min(value.startIndex + site.count, value.endIndex)
        if decided < covered, !value[decided..<covered].allSatisfy({ isPlain($0) && $0 != UInt8(ascii: "&") }) {
            return false
        }
        return !value.starts(with: site)
    }

    /// Printable ASCII: no whitespace, no control characters. In such text
    /// bytes and Characters are one, so links are read from their bytes.
    static func isPlain(_ byte: UInt8) -> Bool {
        (0x21...0x7E).contains(byte)
    }

    /// ``resolve(_:on:baseURL:)`` read as written, without its shortcut.
    static func resolveWritten(_ href: String, on page: String, baseURL: String? = nil) -> LinkTarget {
        let trimmed = trimmingWhitespace(href)
        if let baseURL, !baseURL.isEmpty, trimmed.hasPrefix(baseURL) {
            return resolve(String(trimmed.dropFirst(baseURL.count)), on: SiteURLs.home)
        }
        if trimmed.hasPrefix("//") || hasScheme(trimmed) { return .external }
        if trimmed.hasPrefix("/") {
            return .outside(reason: "starts with `/`, which breaks when the site is served from a sub-path or opened from a file")
        }
        return asciiTarget(trimmed, on: page) ?? scalarTarget(trimmed, on: page)
    }

    /// Where a relative link (no scheme, not starting with `/`) leads,
    /// read by Characters.
    static func scalarTarget(_ trimmed: String, on page: String) -> LinkTarget {
        var rest = Substring(trimmed)
        var fragment = ""
        if let hash = firstIndex(of: UInt8(ascii: "#"), in: rest) {
            fragment = percentDecoded(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let query = firstIndex(of: UInt8(ascii: "?"), in: rest) { rest = rest[..<query] }
        guard !rest.isEmpty else { return .page(path: page, fragment: fragment) }
        var parts = pathParts(Substring(page)).dropLast().map(String.init)
        for part in pathParts(Substring(percentDecoded(rest))) {
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

    /// `scalarTarget` read by bytes, or nil unless the link and page are
    /// ASCII and the link has no `%`. That is nearly every link of a site,
    /// and every page's links are resolved: building the path in one buffer
    /// instead of arrays of parts and strings took the link check's resolving
    /// from a twenty-fifth of a large build to a fraction of that. In ASCII
    /// bytes and Characters are one (a `\r\n` is one Character, but neither
    /// is a delimiter here).
    static func asciiTarget(_ link: String, on page: String) -> LinkTarget? {
        UTF8Search.withBytes(link) { link -> LinkTarget? in
            UTF8Search.withBytes(page) { pageBytes -> LinkTarget? in
                guard !link.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "%") }),
                      !pageBytes.contains(where: { $0 >= 0x80 })
                else { return nil }
                var end = link.count
                var fragment = ""
                if let hash = link.firstIndex(of: UInt8(ascii: "#")) {
                    fragment = String(decoding: UnsafeBufferPointer(rebasing: link[(hash + 1)...]), as: UTF8.self)
                    end = hash
                }
                if let query = link[..<end].firstIndex(of: UInt8(ascii: "?")) { end = query }
                guard end > 0 else { return .page(path: page, fragment: fragment) }
                var path = ASCIIPath(capacity: pageBytes.count + end)
                var start = 0
                while let slash = pageBytes[start...].firstIndex(of: UInt8(ascii: "/")) {
                    path.push(pageBytes[start..<slash])
                    start = slash + 1
                }
                start = 0
                while start <= end {
                    let stop = link[start..<end].firstIndex(of: UInt8(ascii: "/")) ?? end
                    let part = link[start..<stop]
                    let dots = part.allSatisfy { $0 == UInt8(ascii: ".") } ? part.count : 0
                    if dots == 2 {
                        guard path.pop() else { return .outside(reason: "climbs above the site's root folder") }
                    } else if !part.isEmpty, dots != 1 {
                        path.push(part)
                    }
                    start = stop + 1
                }
                if link[end - 1] == UInt8(ascii: "/") || path.bytes.isEmpty { path.appendHome() }
                return .page(path: String(decoding: path.bytes, as: UTF8.self), fragment: fragment)
            }
        }
    }

    /// A path built part by part in one buffer, as joining an array of
    /// parts with `/` would give. Parts may be empty (`a//b`), so the count
    /// of parts is kept apart from the bytes.
    private struct ASCIIPath {
        private(set) var bytes: [UInt8] = []
        private var parts = 0

        init(capacity: Int) { bytes.reserveCapacity(capacity + SiteURLs.home.utf8.count + 1) }

        /// `index.html` as the last part, or as the whole path when it is
        /// empty (even if made of one empty part, as a joined path would be).
        mutating func appendHome() {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: "/")) }
            bytes.append(contentsOf: SiteURLs.home.utf8)
            parts += 1
        }

        mutating func push<Part: Sequence>(_ part: Part) where Part.Element == UInt8 {
            if parts > 0 { bytes.append(UInt8(ascii: "/")) }
            bytes.append(contentsOf: part)
            parts += 1
        }

        /// Drops the last part; false when there is none.
        mutating func pop() -> Bool {
            guard parts > 0 else { return false }
            parts -= 1
            // Parts hold no `/`, so the last one starts after the last `/`.
            if parts > 0, let slash = bytes.lastIndex(of: UInt8(ascii: "/")) {
                bytes.removeSubrange(slash...)
            } else {
                bytes.removeAll(keepingCapacity: true)
            }
            return true
        }
    }

    /// Whether the reference starts with `scheme:` (RFC 3986: a letter, then letters, digits, `+-.`).
    ///
    /// Read from the bytes up to the first `:`, which are ASCII whenever the
    /// answer can be yes. That `:` is the first `:` Character too unless a
    /// non-ASCII scalar after it joins it into a larger Character (`:` and a
    /// combining accent), which only the Character reading can tell.
    static func hasScheme(_ reference: String) -> Bool {
        // Over the bytes with memchr: every link of every page is asked,
        // and `String.UTF8View`'s generic search was most of the cost.
        let colon = UTF8Search.withBytes(reference) { bytes -> Int? in
            guard let colon = UTF8Search.firstIndex(of: UInt8(ascii: ":"), in: bytes, from: 0), colon > 0,
                  isLetter(bytes[0]),
                  bytes[1..<colon].allSatisfy(isSchemeByte)
            else { return nil }
            return colon
        }
        guard let colon else { return false }
        let utf8 = reference.utf8
        let next = colon + 1
        guard next < utf8.count, utf8[utf8.index(utf8.startIndex, offsetBy: next)] >= 0x80 else { return true }
        return reference.firstIndex(of: ":") == utf8.index(utf8.startIndex, offsetBy: colon)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// A letter, digit, `+`, `-` or `.`: what follows a scheme's first letter.
    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// The index of the first `delimiter` (an ASCII punctuation Character) in
    /// `text`, found by its byte rather than by walking Characters. The byte
    /// is a Character of its own when both its neighbours are ASCII; a
    /// non-ASCII neighbour may join it into a larger one (`#` and U+20E3 are
    /// a keycap), so then the Character search answers.
    static func firstIndex(of delimiter: UInt8, in text: Substring) -> Substring.Index? {
        let bytes = text.utf8
        guard let index = bytes.firstIndex(of: delimiter) else { return nil }
        let after = bytes.index(after: index)
        let before = index == bytes.startIndex ? nil : bytes[bytes.index(before: index)]
        if (before ?? 0) < 0x80, after == bytes.endIndex || bytes[after] < 0x80 { return index }
        return text.firstIndex(of: Character(Unicode.Scalar(delimiter)))
    }

    /// A path's `/`-separated parts, empty ones kept. Split by bytes when the
    /// path is ASCII, where bytes and Characters are the same; otherwise by
    /// Characters, which a `/` joined to a combining mark is not.
    static func pathParts(_ path: Substring) -> [Substring] {
        let bytes = path.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return path.split(separator: "/", omittingEmptySubsequences: false) }
        var parts: [Substring] = []
        var start = bytes.startIndex
        var index = start
        while let slash = bytes[index...].firstIndex(of: UInt8(ascii: "/")) {
            parts.append(path[start..<slash])
            start = bytes.index(after: slash)
            index = start
        }
        parts.append(path[start...])
        return parts
    }

    /// `text` without leading and trailing whitespace; most links have none,
    /// and answering them without Foundation's character-set trim matters
    /// when every link of every page is resolved.
    static func trimmingWhitespace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        guard isWhitespace(first) || isWhitespace(last) else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Unicode's White_Space property, answered for ASCII (tab to carriage
    /// return, and space) without the property table.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || ("\t"..."\r").contains(scalar) : scalar.properties.isWhitespace
    }

    /// `%XX` sequences decoded as UTF-8; malformed ones are kept as written.
    static func percentDecoded(_ text: Substring) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        return String(text).removingPercentEncoding ?? String(text)
    }
}
