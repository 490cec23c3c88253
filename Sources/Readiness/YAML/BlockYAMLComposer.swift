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
    static func composeAll(_ yaml: String, limit: Int, nodeLimit: Int) -> [YAMLNode]? {
        var text = yaml
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes, limit: limit)
            return reader.documents(nodeLimit: nodeLimit)
        }
    }

    /// A line with content: not blank, not only a comment.
    struct Line {
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
    enum Stop {
        case lineEnd
        case comment
        /// At a `:` followed by a space or the end of the line: the scalar is a key.
        case colon(Int)
        /// At a `,` or `]` in a flow list.
        case flowEnd(Int)
    }

    /// One text's reading: its lines (`BlockYAMLComposer+Lines.swift`),
    /// block nodes (here) and one-line nodes (`BlockYAMLComposer+Scalars.swift`).
    struct Reader {
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

        mutating func documents(nodeLimit: Int) -> [YAMLNode]? {
            guard readLines() else { return nil }
            var documents: [YAMLNode] = []
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

        // MARK: Block nodes

        /// The mapping or list that starts at the cursor's line.
        mutating func block(depth: Int) -> YAMLNode? {
            let line = lines[cursor]
            if isEntry(line) { return sequence(column: line.indent, depth: depth) }
            return mapping(at: line.content, column: line.indent, depth: depth)
        }

        /// A block mapping whose first key starts at `start` on the cursor's line.
        mutating func mapping(at start: Int, column: Int, depth: Int) -> YAMLNode? {
            guard depth <= limit else { return nil }
            let mark = mark(cursor, at: start)
            var pairs: [YAMLNode.Mapping.Pair] = []
            var keyStart = start
            while true {
                let line = lines[cursor]
                guard case (let keyEnd, .colon(let colon))? = plain(from: keyStart, to: line.end),
                    keyEnd - keyStart < 1_000
                else { return nil }
                let key = scalar(keyStart..<keyEnd, style: .plain, mark: self.mark(cursor, at: keyStart))
                var valueStart = colon + 1
                skipSpaces(&valueStart, to: line.end)
                let value: YAMLNode
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
                        value = scalar(colon..<colon, style: .plain, mark: self.mark(cursor - 1, at: colon + 1))
                    }
                }
                pairs.append(YAMLNode.Mapping.Pair(key, value))
                guard cursor < documentEnd, lines[cursor].indent >= column else { break }
                guard lines[cursor].indent == column, !isEntry(lines[cursor]) else { return nil }
                keyStart = lines[cursor].content
            }
            nodeCount += 1
            return .mapping(YAMLNode.Mapping(pairs, mark: mark))
        }

        /// A block list whose `-` entries sit at `column`, from the cursor's line.
        mutating func sequence(column: Int, depth: Int) -> YAMLNode? {
            guard depth <= limit else { return nil }
            let mark = mark(cursor, at: lines[cursor].content)
            var items: [YAMLNode] = []
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
            return .sequence(YAMLNode.Sequence(items, mark: mark))
        }

        func isEntry(_ line: Line) -> Bool { isEntry(from: line.content, to: line.end) }

        func isEntry(from start: Int, to end: Int) -> Bool {
            bytes[start] == UInt8(ascii: "-") && (start + 1 == end || bytes[start + 1] == UInt8(ascii: " "))
        }

        // MARK: Nodes and marks

        mutating func scalar(_ range: Range<Int>, style: YAMLNode.Scalar.Style, mark: YAMLNode.Mark) -> YAMLNode {
            nodeCount += 1
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            return .scalar(YAMLNode.Scalar(text, style: style, mark: mark))
        }

        mutating func mark(_ lineIndex: Int, at index: Int) -> YAMLNode.Mark {
            YAMLNode.Mark(line: lines[lineIndex].number, column: column(of: index, in: lines[lineIndex]) + 1)
        }

        /// The 0-based column of a byte: libyaml counts characters, not bytes.
        /// Marks along a line come in order, so counting resumes from the
        /// last one on the same line: a long line is counted once, not once
        /// per value on it.
        mutating func column(of index: Int, in line: Line) -> Int {
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
