/// The first words of a rendered body as plain text, for the search index.
///
/// Works on the HTML the body was rendered to: tags are dropped, entities
/// decoded, whitespace collapsed, and the text cut at a word boundary.
enum PlainTextExcerpt {
    /// How much body text each page contributes to `search-index.json`.
    static let defaultLength = 300

    static func make(fromHTML html: String, length: Int = defaultLength) -> String {
        var text = ""
        var inTag = false
        var lastWasSpace = true
        var count = 0
        for character in html {
            if inTag {
                if character == ">" {
                    inTag = false
                    // Block ends separate words ("</li><li>").
                    if !lastWasSpace { text.append(" "); lastWasSpace = true }
                }
                continue
            }
            if character == "<" { inTag = true; continue }
            if character.isWhitespace {
                if !lastWasSpace { text.append(" "); lastWasSpace = true }
                continue
            }
            text.append(character)
            lastWasSpace = false
            count += 1
            if count > length * 2 { break }
        }
        let decoded = HTMLScanner.decodeEntities(text)
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return cut(decoded, at: length)
    }

    /// `text` shortened to at most `length` characters, at a space when there is one, with "…".
    static func cut(_ text: String, at length: Int) -> String {
        guard text.count > length else { return text }
        let prefix = text.prefix(length)
        let end = prefix.lastIndex(of: " ") ?? prefix.endIndex
        return String(prefix[..<end]) + "…"
    }
}
