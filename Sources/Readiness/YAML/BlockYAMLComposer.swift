import Yams

/// Composes the plain block YAML that front matter and catalog files are
/// written in straight from its bytes, into the nodes `YAMLComposer` builds.
///
/// libyaml decodes every byte into a buffer of its own and hands the text on
/// token by token and event by event; for front matter that was more than half
/// of composing. Most files use only a small part of YAML, which can be read
/// line by line: block mappings and lists indented with spaces, one-line plain
/// and quoted scalars without escapes, one-line flow lists and mappings of
/// such scalars, comments and `---` separators. Anything else (tabs, anchors,
/// aliases, tags, block scalars, escapes, nested flow collections, multi-line
/// scalars, every error)
/// gives nil, and libyaml composes the text as before. So a text gets either
/// the nodes libyaml would have given or libyaml itself; `BlockYAMLComposerTests`
/// hold the first to the second.
enum BlockYAMLComposer {
    /// The documents of `yaml`, or nil when it is not in the subset, nests
    /// deeper than `limit` or has more than `nodeLimit` nodes.
    static func composeAll(_ yaml: String, limit: Int, nodeLimit: Int) -> [Node]? {
        guard YAMLComposer.isAvailable else { return nil }
        var text = yaml
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes, limit: limit)
            return reader.documents(nodeLimit: nodeLimit)
        }
    }

    /// A line with content: not blank, not only a comment.
    private struct Line {
        /// Where the line starts, and where its content starts after the indent.
        var start: Int
        var content: Int
        /// Where the line ends, before its line feed.
        var end: Int
        /// 1-based.
        var number: Int
        /// A `---` line between documents.
        var isSeparator: Bool
        var indent: Int { content - start }
    }

    /// Where a one-line plain scalar stops.
    private enum Stop {
        case lineEnd
        case comment
        /// At a `:` followed by a space or the end of the line: the scalar is a key.
        case colon(Int)
        /// At a `,` or `]` in a flow list.
        case flowEnd(Int)
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let limit: Int
        var lines: [Line] = []
        /// The next line to read, and the end of the current document's lines.
        var cursor = 0
        var documentEnd = 0
        var nodeCount = 0
        /// Columns count characters; only non-ASCII text needs counting.
        var isASCII = true
        /// The last byte whose column was counted, and that column.
        var counted = (index: 0, column: 0)

        init(bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
            self.bytes = bytes
            self.limit = limit
        }

        mutating func documents(nodeLimit: Int) -> [Node]? {
            guard readLines() else { return nil }
            var documents: [Node] = []
            var index = 0
            while index < lines.count {
                if lines[index].isSeparator {
                    index += 1
                    // `---` with no document after it composes to a null document.
                    guard index < lines.count, !lines[index].isSeparator else { return nil }
                }
                documentEnd = lines[index...].firstIndex(where: \.isSeparator) ?? lines.count
                cursor = index
                guard let root = block(depth: 1), cursor == documentEnd else { return nil }
                documents.append(root)
                index = documentEnd
            }
            return nodeCount <= nodeLimit ? documents : nil
        }

        /// Splits the text into content lines, refusing the bytes libyaml reads
        /// differently from plain UTF-8 text: tabs, carriage returns and other
        /// controls, the byte order mark, U+FFFE and U+FFFF, and the C1 controls,
        /// among them NEL, which YAML 1.1 takes as a line break like U+2028 and U+2029.
        mutating func readLines() -> Bool {
            var start = 0
            var number = 1
            var index = 0
            let count = bytes.count
            while start < count {
                while index < count, bytes[index] != UInt8(ascii: "\n") {
                    let byte = bytes[index]
                    if byte < 0x20 || byte == 0x7F { return false }
                    if byte >= 0x80 {
                        isASCII = false
                        if byte == 0xC2, index + 1 < count, bytes[index + 1] < 0xA0 { return false }
                        if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                            bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return false }
                        if byte == 0xEF, index + 2 < count, (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF)
                            || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE) { return false }
                    }
                    index += 1
                }
                var content = start
                while content < index, bytes[content] == UInt8(ascii: " ") { content += 1 }
                if content < index, bytes[content] != UInt8(ascii: "#") {
                    let isSeparator = content == start && isMarker(at: start, end: index, UInt8(ascii: "-"))
                    // Other document markers (`--- x`, `...`) are left to libyaml.
                    if !isSeparator, content == start,
                        isMarker(at: start, end: min(index, start + 3), UInt8(ascii: "-"))
                            || isMarker(at: start, end: min(index, start + 3), UInt8(ascii: ".")) {
                        if start + 3 == index || bytes[start + 3] == UInt8(ascii: " ") { return false }
                    }
                    lines.append(Line(start: start, content: content, end: index, number: number, isSeparator: isSeparator))
                }
                index += 1
                start = index
                number += 1
            }
            return true
        }

        /// Whether `start..<end` is exactly three `marker` bytes.
        private func isMarker(at start: Int, end: Int, _ marker: UInt8) -> Bool {
            end - start == 3 && bytes[start] == marker && bytes[start + 1] == marker && bytes[start + 2] == marker
        }

        // MARK: Block nodes

        /// The mapping or list that starts at the cursor's line.
        mutating func block(depth: Int) -> Node? {
            let line = lines[cursor]
            if isEntry(line) { return sequence(column: line.indent, depth: depth) }
            return mapping(at: line.content, column: line.indent, depth: depth)
        }

        /// A block mapping whose first key starts at `start` on the cursor's line.
        mutating func mapping(at start: Int, column: Int, depth: Int) -> Node? {
            guard depth <= limit else { return nil }
            let mark = mark(cursor, at: start)
            var pairs: [(Node, Node)] = []
            var keyStart = start
            while true {
                let line = lines[cursor]
                guard case (let keyEnd, .colon(let colon))? = plain(from: keyStart, to: line.end),
                    keyEnd - keyStart < 1_000
                else { return nil }
                let key = scalar(keyStart..<keyEnd, tag: nil, style: .plain, mark: self.mark(cursor, at: keyStart))
                var valueStart = colon + 1
                skipSpaces(&valueStart, to: line.end)
                let value: Node
                if valueStart < line.end, bytes[valueStart] != UInt8(ascii: "#") {
                    guard let inline = inline(at: valueStart, to: line.end, depth: depth + 1) else { return nil }
                    value = inline
                    cursor += 1
                } else {
                    cursor += 1
                    if cursor < documentEnd, lines[cursor].indent > column {
                        guard let nested = block(depth: depth + 1) else { return nil }
                        value = nested
                    } else if cursor < documentEnd, lines[cursor].indent == column, isEntry(lines[cursor]) {
                        // A list may sit at its key's own indent.
                        guard let list = sequence(column: column, depth: depth + 1) else { return nil }
                        value = list
                    } else {
                        // libyaml places an empty value just after its colon.
                        value = scalar(colon..<colon, tag: nil, style: .plain, mark: self.mark(cursor - 1, at: colon + 1))
                    }
                }
                pairs.append((key, value))
                guard cursor < documentEnd, lines[cursor].indent >= column else { break }
                guard lines[cursor].indent == column, !isEntry(lines[cursor]) else { return nil }
                keyStart = lines[cursor].content
            }
            nodeCount += 1
            return .mapping(Node.Mapping(pairs, YAMLComposer.tag(nil), .any, mark))
        }

        /// A block list whose `-` entries sit at `column`, from the cursor's line.
        mutating func sequence(column: Int, depth: Int) -> Node? {
            guard depth <= limit else { return nil }
            let mark = mark(cursor, at: lines[cursor].content)
            var items: [Node] = []
            while cursor < documentEnd, lines[cursor].indent >= column {
                let line = lines[cursor]
                guard line.indent == column else { return nil }
                guard isEntry(line) else { break }
                var start = line.content + 1
                skipSpaces(&start, to: line.end)
                // Empty entries and lists in lists are left to libyaml.
                guard start < line.end, bytes[start] != UInt8(ascii: "#"), !isEntry(from: start, to: line.end)
                else { return nil }
                if case (_, .colon)? = plain(from: start, to: line.end) {
                    guard let item = mapping(at: start, column: self.column(of: start, in: line), depth: depth + 1)
                    else { return nil }
                    items.append(item)
                } else {
                    guard let item = inline(at: start, to: line.end, depth: depth + 1) else { return nil }
                    items.append(item)
                    cursor += 1
                }
            }
            nodeCount += 1
            return .sequence(Node.Sequence(items, YAMLComposer.tag(nil), .any, mark))
        }

        private func isEntry(_ line: Line) -> Bool { isEntry(from: line.content, to: line.end) }

        private func isEntry(from start: Int, to end: Int) -> Bool {
            bytes[start] == UInt8(ascii: "-") && (start + 1 == end || bytes[start + 1] == UInt8(ascii: " "))
        }

        // MARK: One-line nodes

        /// A scalar or flow list that fills the rest of its line, comment aside.
        mutating func inline(at start: Int, to end: Int, depth: Int) -> Node? {
            switch bytes[start] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard let (node, after) = quoted(at: start, to: end), isLineEnd(after, end) else { return nil }
                return node
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                return flowCollection(at: start, to: end, depth: depth)
            default:
                switch plain(from: start, to: end) {
                case (let scalarEnd, .lineEnd)?, (let scalarEnd, .comment)?:
                    return scalar(start..<scalarEnd, tag: nil, style: .plain, mark: mark(cursor, at: start))
                default:
                    return nil
                }
            }
        }

        /// `[a, "b", c]` or `{a: b, c: "d"}` on one line, of plain and quoted scalars.
        mutating func flowCollection(at start: Int, to end: Int, depth: Int) -> Node? {
            guard depth <= limit else { return nil }
            let isMapping = bytes[start] == UInt8(ascii: "{")
            let closing = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
            var items: [Node] = []
            var pairs: [(Node, Node)] = []
            var index = start + 1
            skipSpaces(&index, to: end)
            if index < end, bytes[index] == closing {
                index += 1
            } else {
                while true {
                    if isMapping {
                        guard case (let keyEnd, .colon(let colon))? = plain(from: index, to: end, closing: closing)
                        else { return nil }
                        let key = scalar(index..<keyEnd, tag: nil, style: .plain, mark: mark(cursor, at: index))
                        index = colon + 1
                        skipSpaces(&index, to: end)
                        guard let value = flowScalar(at: &index, to: end, closing: closing) else { return nil }
                        pairs.append((key, value))
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
            let tag = YAMLComposer.tag(nil)
            return isMapping ? .mapping(Node.Mapping(pairs, tag, .any, mark)) : .sequence(Node.Sequence(items, tag, .any, mark))
        }

        /// A quoted or plain scalar in a flow collection; `index` moves past it.
        private mutating func flowScalar(at index: inout Int, to end: Int, closing: UInt8) -> Node? {
            guard index < end else { return nil }
            if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                guard let (node, after) = quoted(at: index, to: end) else { return nil }
                index = after
                return node
            }
            guard case (let scalarEnd, .flowEnd(let stop))? = plain(from: index, to: end, closing: closing) else { return nil }
            let node = scalar(index..<scalarEnd, tag: nil, style: .plain, mark: mark(cursor, at: index))
            index = stop
            return node
        }

        /// A one-line quoted scalar without escapes, and where it ends.
        mutating func quoted(at start: Int, to end: Int) -> (Node, Int)? {
            let quote = bytes[start]
            var index = start + 1
            while index < end, bytes[index] != quote {
                if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\") { return nil }
                index += 1
            }
            // Unclosed. A `''` (an escaped quote) is refused by the caller:
            // only a line end, a comma or a bracket may follow a scalar.
            guard index < end else { return nil }
            let style: Node.Scalar.Style = quote == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
            let node = scalar(start + 1..<index, tag: Tag.Name.str.rawValue, style: style, mark: mark(cursor, at: start))
            return (node, index + 1)
        }

        /// Reads a plain scalar on one line as libyaml's scanner does. Returns
        /// where its text ends (trailing spaces dropped) and why it stopped;
        /// nil when it starts with an indicator or, in a flow collection closed
        /// by `closing`, runs to the end of the line or meets another bracket
        /// or a `:` that libyaml refuses.
        func plain(from start: Int, to end: Int, closing: UInt8? = nil) -> (Int, Stop)? {
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

        private static func isBracket(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
        }

        /// Bytes that cannot start a plain scalar, or start one only in some
        /// contexts (`-`, `?`, `:` followed by text), which are left to libyaml.
        private static func isIndicator(_ byte: UInt8) -> Bool {
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
        private func isLineEnd(_ index: Int, _ end: Int) -> Bool {
            var after = index
            skipSpaces(&after, to: end)
            return after == end || bytes[after] == UInt8(ascii: "#")
        }

        private func skipSpaces(_ index: inout Int, to end: Int) {
            while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        }

        // MARK: Nodes and marks

        mutating func scalar(_ range: Range<Int>, tag: String?, style: Node.Scalar.Style, mark: Mark) -> Node {
            nodeCount += 1
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            return .scalar(Node.Scalar(text, YAMLComposer.tag(tag), style, mark))
        }

        private mutating func mark(_ lineIndex: Int, at index: Int) -> Mark {
            YAMLComposer.mark(line: lines[lineIndex].number, column: column(of: index, in: lines[lineIndex]) + 1)
        }

        /// The 0-based column of a byte: libyaml counts characters, not bytes.
        /// Marks along a line come in order, so counting resumes from the
        /// last one on the same line: a long line is counted once, not once
        /// per value on it.
        private mutating func column(of index: Int, in line: Line) -> Int {
            guard !isASCII else { return index - line.start }
            var (offset, column) = counted.index >= line.start && counted.index <= index ? counted : (line.start, 0)
            while offset < index {
                if bytes[offset] & 0xC0 != 0x80 { column += 1 }
                offset += 1
            }
            counted = (index, column)
            return column
        }
    }
}
