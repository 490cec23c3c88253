/// The byte-level reading the parser is built from.
extension TemplateParser {
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// Whitespace inside a tag, around names (newlines included, as in
    /// swift-mustache).
    static func isWhitespace(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C: return true
        default: return false
        }
    }

    /// Reads spaces and tabs.
    mutating func readBlanks() -> ArraySlice<UInt8> {
        let start = index
        while index < bytes.count, Self.isBlank(bytes[index]) { index += 1 }
        return bytes[start ..< index]
    }

    mutating func skipWhitespace() {
        while index < bytes.count, Self.isWhitespace(bytes[index]) { index += 1 }
    }

    /// The length of the line break at `offset`: 1 for `\n`, 2 for `\r\n`,
    /// nil if there is none.
    func newlineLength(at offset: Int) -> Int? {
        guard offset < bytes.count else { return nil }
        if bytes[offset] == UInt8(ascii: "\n") { return 1 }
        if bytes[offset] == UInt8(ascii: "\r"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "\n") { return 2 }
        return nil
    }

    func starts(with delimiter: [UInt8], at offset: Int) -> Bool {
        guard offset + delimiter.count <= bytes.count else { return false }
        for (i, byte) in delimiter.enumerated() where bytes[offset + i] != byte { return false }
        return true
    }

    /// Where `delimiter` next occurs from `offset`, if anywhere.
    func find(_ delimiter: [UInt8], from offset: Int) -> Int? {
        var position = offset
        while position + delimiter.count <= bytes.count {
            if starts(with: delimiter, at: position) { return position }
            position += 1
        }
        return nil
    }

    /// Reads text up to a line break (left unread) or an opening delimiter
    /// (consumed: `foundTag`), or to the end.
    mutating func readText(_ state: State) -> (text: ArraySlice<UInt8>, foundTag: Bool) {
        let start = index
        let first = state.open[0]
        while index < bytes.count {
            let byte = bytes[index]
            if byte == first, starts(with: state.open, at: index) {
                let text = bytes[start ..< index]
                index += state.open.count
                return (text, true)
            }
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && newlineLength(at: index) != nil) {
                break
            }
            index += 1
        }
        return (bytes[start ..< index], false)
    }

    /// Whether the tag just read stands alone on its line: it started the
    /// line (after blanks) and only blanks follow. If so, the rest of the
    /// line, its line break included, is consumed.
    mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if index == bytes.count { return true }
        var position = index
        while position < bytes.count, Self.isBlank(bytes[position]) { position += 1 }
        guard let length = newlineLength(at: position) else { return false }
        index = position + length
        return true
    }

    /// Reads a tag's name and its closing delimiter (`}` + delimiter for a
    /// triple mustache).
    mutating func readName(_ state: State, tagStart: Int, triple: Bool = false) throws(TemplateSyntaxError) -> TemplateName {
        skipWhitespace()
        let start = index
        while index < bytes.count, !Self.isWhitespace(bytes[index]), !starts(with: state.close, at: index),
            !(triple && bytes[index] == UInt8(ascii: "}"))
        {
            index += 1
        }
        let source = string(bytes[start ..< index])
        skipWhitespace()
        if triple {
            // `{{{name}}}`: accept the brace before or after the delimiter.
            if index < bytes.count, bytes[index] == UInt8(ascii: "}"), starts(with: state.close, at: index + 1) {
                index += 1 + state.close.count
            } else if starts(with: state.close, at: index), index + state.close.count < bytes.count,
                bytes[index + state.close.count] == UInt8(ascii: "}")
            {
                index += state.close.count + 1
            } else {
                throw unclosed(state, name: source, tagStart: tagStart)
            }
        } else {
            guard starts(with: state.close, at: index) else { throw unclosed(state, name: source, tagStart: tagStart) }
            index += state.close.count
        }
        guard let name = TemplateName.parse(source) else {
            throw error(at: tagStart, "`\(source)` is not a name or a transform call such as `empty(list)`")
        }
        return name
    }

    /// Reads the name of a partial or parent and the closing delimiter.
    mutating func readPartialName(_ state: State, tagStart: Int) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        let start = index
        while index < bytes.count, !Self.isWhitespace(bytes[index]), !starts(with: state.close, at: index) {
            index += 1
        }
        let name = string(bytes[start ..< index])
        skipWhitespace()
        guard starts(with: state.close, at: index) else { throw unclosed(state, name: name, tagStart: tagStart) }
        index += state.close.count
        guard !name.isEmpty else { throw error(at: tagStart, "a partial tag has no name") }
        return name
    }

    private func unclosed(_ state: State, name: String, tagStart: Int) -> TemplateSyntaxError {
        if index >= bytes.count {
            return error(at: tagStart, "a tag is not closed: `\(string(state.close))` is missing")
        }
        return error(at: tagStart, "a tag is not closed: `\(string(state.close))` should follow the name `\(name)`")
    }

    /// Reads `{{=<% %>=}}` after its `=` and switches the delimiters.
    mutating func readDelimiters(_ state: inout State, tagStart: Int) throws(TemplateSyntaxError) {
        let malformed = error(at: tagStart, "a set-delimiter tag is malformed: write it like `{{=<% %>=}}`")
        skipWhitespace()
        let openStart = index
        while index < bytes.count, !Self.isWhitespace(bytes[index]) { index += 1 }
        let open = Array(bytes[openStart ..< index])
        skipWhitespace()
        let closeStart = index
        while index < bytes.count, !Self.isWhitespace(bytes[index]), bytes[index] != UInt8(ascii: "=") { index += 1 }
        let close = Array(bytes[closeStart ..< index])
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "="), starts(with: state.close, at: index + 1),
            !open.isEmpty, !close.isEmpty
        else { throw malformed }
        index += 1 + state.close.count
        state.open = open
        state.close = close
    }
}
