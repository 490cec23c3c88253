/// Measures how deeply a YAML text nests before Yams sees it.
///
/// Yams composes documents recursively, one stack frame chain per level, and
/// parsing runs on worker threads with small stacks: a few kilobytes of `[[[[…`
/// would crash the process. Real content nests a handful of levels, so texts
/// deeper than `limit` are refused with a diagnostic instead. The scan is a
/// conservative over-estimate: flow brackets outside quotes and comments, plus
/// block levels from indentation and `- ` sequence entries.
enum YAMLNesting {
    static let limit = 64

    /// The line and column where nesting first exceeds `limit`, if it does.
    static func firstTooDeep(_ text: String, limit: Int = limit) -> (line: Int, column: Int)? {
        var flowDepth = 0
        var blockIndents: [Int] = []
        var line = 1
        var column = 0
        var atLineStart = true
        var indent = 0
        var quote: UInt8? = nil
        var inComment = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            column += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 0
                atLineStart = true
                indent = 0
                inComment = false
                if quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") {
                    // Quoted scalars may span lines; keep the quote open.
                }
                previous = byte
                continue
            }
            if inComment { continue }
            if let open = quote {
                if byte == open && !(open == UInt8(ascii: "\"") && previous == UInt8(ascii: "\\")) { quote = nil }
                previous = byte
                continue
            }
            if atLineStart {
                if byte == UInt8(ascii: " ") {
                    indent += 1
                    previous = byte
                    continue
                }
                // A `- ` entry opens a nested level at its column, possibly several on one line.
                if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?") {
                    push(indent, into: &blockIndents)
                    indent += 1
                    previous = byte
                    continue
                }
                if byte != UInt8(ascii: "#") && flowDepth == 0 { push(indent, into: &blockIndents) }
                atLineStart = false
            }
            switch byte {
            case UInt8(ascii: "#") where previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\n") || column == 1:
                inComment = true
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                quote = byte
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
            default:
                break
            }
            if flowDepth + blockIndents.count > limit { return (line, column) }
            previous = byte
        }
        return nil
    }

    /// Keeps the stack of open block indentations: deeper opens a level,
    /// shallower closes the levels it leaves.
    private static func push(_ indent: Int, into stack: inout [Int]) {
        while let last = stack.last, last >= indent { stack.removeLast() }
        stack.append(indent)
    }
}
