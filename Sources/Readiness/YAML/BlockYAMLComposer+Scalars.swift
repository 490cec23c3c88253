/// The block reader's one-line nodes: plain and quoted scalars, flow lists and mappings.
extension BlockYAMLComposer.Reader {
    /// A scalar or flow list that fills the rest of its line, comment aside.
    mutating func inline(at start: Int, to end: Int, depth: Int) -> YAMLNode? {
        switch bytes[start] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            guard let (node, after) = quoted(at: start, to: end), isLineEnd(after, end) else { return nil }
            return node
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            return flowCollection(at: start, to: end, depth: depth)
        default:
            switch plain(from: start, to: end) {
            case (let scalarEnd, .lineEnd)?, (let scalarEnd, .comment)?:
                return scalar(start..<scalarEnd, style: .plain, mark: mark(cursor, at: start))
            default:
                return nil
            }
        }
    }

    /// `[a, "b", c]` or `{a: b, c: "d"}` on one line, of plain and quoted scalars.
    mutating func flowCollection(at start: Int, to end: Int, depth: Int) -> YAMLNode? {
        guard depth <= limit else { return nil }
        let isMapping = bytes[start] == UInt8(ascii: "{")
        let closing = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Mapping.Pair] = []
        var index = start + 1
        skipSpaces(&index, to: end)
        if index < end, bytes[index] == closing {
            index += 1
        } else {
            while true {
                if isMapping {
                    guard case (let keyEnd, .colon(let colon))? = plain(from: index, to: end, closing: closing)
                    else { return nil }
                    let key = scalar(index..<keyEnd, style: .plain, mark: mark(cursor, at: index))
                    index = colon + 1
                    skipSpaces(&index, to: end)
                    guard let value = flowScalar(at: &index, to: end, closing: closing) else { return nil }
                    pairs.append(YAMLNode.Mapping.Pair(key, value))
                } else {
                    guard let item = flowScalar(at: &index, to: end, closing: closing) else { return nil }
                    items.append(item)
                }
                skipSpaces(&index, to: end)
                guard index < end else { return nil }
                if bytes[index] == closing {
                    index += 1
                    break
                }
                guard bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
                skipSpaces(&index, to: end)
            }
        }
        guard isLineEnd(index, end) else { return nil }
        nodeCount += 1
        let mark = mark(cursor, at: start)
        return isMapping ? .mapping(YAMLNode.Mapping(pairs, mark: mark)) : .sequence(YAMLNode.Sequence(items, mark: mark))
    }

    /// A quoted or plain scalar in a flow collection; `index` moves past it.
    mutating func flowScalar(at index: inout Int, to end: Int, closing: UInt8) -> YAMLNode? {
        guard index < end else { return nil }
        if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
            guard let (node, after) = quoted(at: index, to: end) else { return nil }
            index = after
            return node
        }
        guard case (let scalarEnd, .flowEnd(let stop))? = plain(from: index, to: end, closing: closing) else { return nil }
        let node = scalar(index..<scalarEnd, style: .plain, mark: mark(cursor, at: index))
        index = stop
        return node
    }

    /// A one-line quoted scalar without escapes, and where it ends.
    mutating func quoted(at start: Int, to end: Int) -> (YAMLNode, Int)? {
        let quote = bytes[start]
        var index = start + 1
        while index < end, bytes[index] != quote {
            if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\") { return nil }
            index += 1
        }
        // Unclosed. A `''` (an escaped quote) is refused by the caller:
        // only a line end, a comma or a bracket may follow a scalar.
        guard index < end else { return nil }
        let style: YAMLNode.Scalar.Style = quote == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
        let node = scalar(start + 1..<index, style: style, mark: mark(cursor, at: start))
        return (node, index + 1)
    }

    /// Reads a plain scalar on one line as libyaml's scanner does. Returns
    /// where its text ends (trailing spaces dropped) and why it stopped;
    /// nil when it starts with an indicator or, in a flow collection closed
    /// by `closing`, runs to the end of the line or meets another bracket
    /// or a `:` that libyaml refuses.
    func plain(from start: Int, to end: Int, closing: UInt8? = nil) -> (Int, BlockYAMLComposer.Stop)? {
        guard start < end, !Self.isIndicator(bytes[start]) else { return nil }
        var textEnd = start
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") {
                index += 1
                if index < end, bytes[index] == UInt8(ascii: "#") { return (textEnd, .comment) }
                continue
            }
            if byte == UInt8(ascii: ":") {
                if index + 1 == end { return closing == nil ? (textEnd, .colon(index)) : nil }
                let next = bytes[index + 1]
                if next == UInt8(ascii: " ") { return (textEnd, .colon(index)) }
                if closing != nil, next == UInt8(ascii: ",") || next == UInt8(ascii: "?") || Self.isBracket(next) {
                    return nil
                }
            } else if let closing {
                if byte == UInt8(ascii: ",") || byte == closing { return (textEnd, .flowEnd(index)) }
                if Self.isBracket(byte) { return nil }
            }
            index += 1
            textEnd = index
        }
        return closing == nil ? (textEnd, .lineEnd) : nil
    }

    static func isBracket(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
    }

    /// Bytes that cannot start a plain scalar, or start one only in some
    /// contexts (`-`, `?`, `:` followed by text), which are left to libyaml.
    static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
            UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
            UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: " "):
            return true
        default:
            return false
        }
    }

    /// Whether only spaces and a comment follow `index` on the line. After
    /// a quoted scalar or a flow collection, libyaml takes a `#` as a
    /// comment even with no space before it.
    func isLineEnd(_ index: Int, _ end: Int) -> Bool {
        var after = index
        skipSpaces(&after, to: end)
        return after == end || bytes[after] == UInt8(ascii: "#")
    }

    func skipSpaces(_ index: inout Int, to end: Int) {
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
    }
}
