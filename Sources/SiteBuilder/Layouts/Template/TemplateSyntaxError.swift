/// A template that cannot be compiled, with where and why.
struct TemplateSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line of the offending tag.
    let line: Int
    /// 1-based column (in Unicode scalars) of the offending tag.
    let column: Int
    /// What is wrong, in plain words (no position).
    let message: String

    var description: String { "\(line):\(column): \(message)" }
}

/// A position in a template's text, turned into a line and column only when
/// a diagnostic needs one (scanning stays a plain byte index).
struct TemplatePosition {
    let line: Int
    let column: Int

    /// The line and column of byte `offset` in `bytes`.
    init(of offset: Int, in bytes: [UInt8]) {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Count scalars, not UTF-8 continuation bytes.
                column += 1
            }
            index += 1
        }
        self.line = line
        self.column = column
    }
}
