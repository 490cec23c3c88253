/// The first words of a rendered body as plain text, for the search index.
///
/// Works on the HTML the body was rendered to: tags are dropped, entities
/// decoded, whitespace collapsed, and the text cut at a word boundary.
enum PlainTextExcerpt {
    /// How much body text each page contributes to `search-index.json`.
    static let defaultLength = 300

    static func make(fromHTML html: String, length: Int = defaultLength) -> String {
        asciiExcerpt(html, length: length) ?? scalarExcerpt(html, length: length)
    }

    /// The excerpt read by bytes, or nil once the text turns out not to be
    /// ASCII. Bodies are mostly ASCII, where bytes, scalars and Characters
    /// are one and the same (but `\r\n`, one Character, which only entities
    /// can bring back after whitespace is collapsed); reading them as scalars
    /// was most of the search index's time.
    static func asciiExcerpt(_ html: String, length: Int) -> String? {
        let scanned: [UInt8]? = UTF8Search.withBytes(html) { bytes in
            var text: [UInt8] = []
            text.reserveCapacity(min(bytes.count, length * 2 + 64))
            var inTag = false
            var lastWasSpace = true
            var count = 0
            for byte in bytes {
                if inTag {
                    if byte == UInt8(ascii: ">") {
                        inTag = false
                        if !lastWasSpace { text.append(UInt8(ascii: " ")); lastWasSpace = true }
                    }
                    continue
                }
                if byte == UInt8(ascii: "<") { inTag = true; continue }
                if byte >= 0x80 { return nil }
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    if !lastWasSpace { text.append(UInt8(ascii: " ")); lastWasSpace = true }
                    continue
                }
                text.append(byte)
                lastWasSpace = false
                count += 1
                if count > length * 2 { break }
            }
            return text
        }
        guard let scanned else { return nil }
        var words = scanned
        if scanned.contains(UInt8(ascii: "&")) {
            let decoded = HTMLScanner.decodeEntities(String(decoding: scanned, as: UTF8.self)).utf8
            guard !decoded.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            words = Array(decoded)
        }
        return cutASCII(collapsingSpaces(words), at: length)
    }

    /// Runs of spaces as one, none at either end: what splitting at spaces
    /// and joining with one does.
    private static func collapsingSpaces(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for byte in bytes where byte != UInt8(ascii: " ") || (out.last.map { $0 != UInt8(ascii: " ") } ?? false) {
            out.append(byte)
        }
        if out.last == UInt8(ascii: " ") { out.removeLast() }
        return out
    }

    /// `cut(_:at:)` for ASCII text, where a byte is a Character.
    private static func cutASCII(_ text: [UInt8], at length: Int) -> String {
        guard text.count > length else { return String(decoding: text, as: UTF8.self) }
        let prefix = text[..<length]
        let end = prefix.lastIndex(of: UInt8(ascii: " ")) ?? prefix.endIndex
        return String(decoding: prefix[..<end], as: UTF8.self) + "…"
    }

    /// The excerpt read by Unicode scalars, for text that is not all ASCII.
    static func scalarExcerpt(_ html: String, length: Int) -> String {
        // Unicode scalars, not Characters: grapheme breaking made this scan
        // the slowest part of the search index (a twentieth of a large
        // build). Scalars differ from Characters only by counting a combining
        // sequence as several toward the generous scan limit below.
        var text = String.UnicodeScalarView()
        var inTag = false
        var lastWasSpace = true
        var count = 0
        for scalar in html.unicodeScalars {
            if inTag {
                if scalar == ">" {
                    inTag = false
                    // Block ends separate words ("</li><li>").
                    if !lastWasSpace { text.append(" "); lastWasSpace = true }
                }
                continue
            }
            if scalar == "<" { inTag = true; continue }
            if isWhitespace(scalar) {
                if !lastWasSpace { text.append(" "); lastWasSpace = true }
                continue
            }
            text.append(scalar)
            lastWasSpace = false
            count += 1
            if count > length * 2 { break }
        }
        let decoded = HTMLScanner.decodeEntities(String(text))
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return cut(decoded, at: length)
    }

    /// Unicode's White_Space, with the ASCII answer first: nearly every
    /// scalar of a body is ASCII, and the property lookup is the slow part.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            switch scalar.value {
            case 0x09...0x0D, 0x20: return true
            default: return false
            }
        }
        return scalar.properties.isWhitespace
    }

    /// `text` shortened to at most `length` characters, at a space when there is one, with "…".
    static func cut(_ text: String, at length: Int) -> String {
        guard text.count > length else { return text }
        let prefix = text.prefix(length)
        let end = prefix.lastIndex(of: " ") ?? prefix.endIndex
        return String(prefix[..<end]) + "…"
    }
}
