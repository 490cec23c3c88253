/// The first words of a rendered body as plain text, for the search index.
///
/// Works on the HTML the body was rendered to: tags are dropped, entities
/// decoded, whitespace collapsed, and the text cut at a word boundary.
enum PlainTextExcerpt {
    /// How much body text each page contributes to `search-index.json`.
    static let defaultLength = 300

    static func make(fromHTML html: String, length: Int = defaultLength) -> String {
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
