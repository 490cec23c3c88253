/// The block reader's first step: the text as content lines.
extension BlockYAMLComposer.Reader {
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
                var isSeparator = false
                if content == start, let marker = documentMarker(at: start, end: index) {
                    // Only a bare `---` is read here; `--- x`, `...` and the like are left to libyaml.
                    guard marker == UInt8(ascii: "-"), index == start + 3 else { return false }
                    isSeparator = true
                }
                lines.append(BlockYAMLComposer.Line(start: start, content: content, end: index, number: number, isSeparator: isSeparator))
            }
            index += 1
            start = index
            number += 1
        }
        return true
    }

    /// `-` or `.` when the line `start..<end` opens with a document marker
    /// (`---` or `...` followed by a space or the line's end), as libyaml reads one.
    func documentMarker(at start: Int, end: Int) -> UInt8? {
        guard end - start >= 3, end == start + 3 || bytes[start + 3] == UInt8(ascii: " ") else { return nil }
        let marker = bytes[start]
        guard marker == UInt8(ascii: "-") || marker == UInt8(ascii: "."),
            bytes[start + 1] == marker, bytes[start + 2] == marker
        else { return nil }
        return marker
    }
}
