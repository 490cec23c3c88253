import Readiness

/// The first words of a rendered body as plain text, for the search index.
///
/// Works on the HTML the body was rendered to: tags are dropped, entities
/// decoded, whitespace collapsed, and the text cut at a word boundary.
enum PlainTextExcerpt {
    /// How much body text each page contributes to `search-index.json`.
    static let defaultLength = 300

    static func make(fromHTML html: String, length: Int = defaultLength) -> String {
        byteExcerpt(html, length: length) ?? scalarExcerpt(html, length: length)
    }

    /// The excerpt of a document's body, read as bytes from where it waits.
    static func make(fromHTML body: RenderedBody, length: Int = defaultLength) -> String {
        body.utf8.withUnsafeBufferPointer { byteExcerpt($0, length: length) }
            ?? scalarExcerpt(body.html, length: length)
    }

    /// The excerpt read by bytes, or nil once the text holds a scalar that
    /// could join its neighbours into one Character (see `standsAlone`).
    /// Without those, scalars and Characters are one and the same, which
    /// is what lets the scan, the split at spaces and the cut work on bytes.
    /// Reading every body as scalars, one append at a time, was most of the
    /// search index's time.
    static func byteExcerpt(_ html: String, length: Int) -> String? {
        UTF8Search.withBytes(html) { byteExcerpt($0, length: length) }
    }

    /// `byteExcerpt(_:length:)` of the valid UTF-8 `bytes`.
    static func byteExcerpt(_ bytes: UnsafeBufferPointer<UInt8>, length: Int) -> String? {
        let scanned: [UInt8]? = {
            var text: [UInt8] = []
            text.reserveCapacity(min(bytes.count, length * 8 + 64))
            var inTag = false
            var lastWasSpace = true
            var count = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let width = UTF8Bytes.width(ofLead: byte)
                defer { index += width }
                if inTag {
                    if byte == UInt8(ascii: ">") {
                        inTag = false
                        if !lastWasSpace { text.append(UInt8(ascii: " ")); lastWasSpace = true }
                    }
                    continue
                }
                if byte == UInt8(ascii: "<") { inTag = true; continue }
                if byte < 0x80 {
                    // ASCII, nearly every byte: a scalar of its own, appended
                    // as a byte rather than as a one-byte buffer.
                    if isWhitespace(Unicode.Scalar(byte)) {
                        if !lastWasSpace { text.append(UInt8(ascii: " ")); lastWasSpace = true }
                        continue
                    }
                    text.append(byte)
                    lastWasSpace = false
                    count += 1
                    if count > length * 2 { break }
                    continue
                }
                let scalar = UTF8Bytes.scalar(in: bytes, at: index, width: width)
                guard standsAlone(scalar) else { return nil }
                if isWhitespace(scalar) {
                    if !lastWasSpace { text.append(UInt8(ascii: " ")); lastWasSpace = true }
                    continue
                }
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + width)]))
                lastWasSpace = false
                count += 1
                if count > length * 2 { break }
            }
            return text
        }()
        guard var words = scanned else { return nil }
        if words.contains(UInt8(ascii: "&")) {
            let decoded = HTMLScanner.decodeEntities(String(decoding: words, as: UTF8.self))
            // An entity can spell any scalar, `\r` (which joins a `\n`) among them.
            guard decoded.unicodeScalars.allSatisfy({ standsAlone($0) && $0 != "\r" }) else { return nil }
            words = Array(decoded.utf8)
        }
        return cut(collapsingSpaces(words), at: length)
    }

    /// Whether a scalar is a Character of its own beside any other such
    /// scalar: ASCII, Latin letters and symbols up to U+02FF, and General
    /// Punctuation's dashes, quotes, bullets and ellipsis. None extends,
    /// prepends to or joins its neighbours in grapheme breaking; combining
    /// marks, joiners, emoji, Hangul and the like send a body to the scalar reading.
    /// (`\r\n` is one Character, but the scan turns both into a space.)
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E: return true
        default: return false
        }
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

    /// `cut(_:at:)` for UTF-8 text whose scalars are its Characters.
    private static func cut(_ text: [UInt8], at length: Int) -> String {
        var scalars = 0
        var end = text.count
        for (offset, byte) in text.enumerated() where !UTF8Bytes.isContinuation(byte) {
            if scalars == length { end = offset; break }
            scalars += 1
        }
        guard end < text.count else { return String(decoding: text, as: UTF8.self) }
        let prefix = text[..<end]
        let wordEnd = prefix.lastIndex(of: UInt8(ascii: " ")) ?? prefix.endIndex
        return String(decoding: prefix[..<wordEnd], as: UTF8.self) + "…"
    }

    /// The excerpt read by Unicode scalars, for text with a scalar that
    /// could join its neighbours (see `standsAlone`).
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
