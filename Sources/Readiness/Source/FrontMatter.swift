/// A content file split into its YAML front matter and Markdown body.
///
/// Front matter is fenced by a first line of exactly `---` and the next line
/// of `---` (or `...`). Line numbers are kept so that positions reported by the
/// YAML and Markdown parsers can be turned back into positions in the file.
public struct FrontMatter: Sendable {
    /// The YAML between the fences, or nil when the file has no front matter.
    public let yaml: Substring?
    /// Lines before the YAML (the opening fence): add to a YAML line number.
    public let yamlLineOffset: Int
    /// The Markdown after the closing fence.
    public let body: Substring
    /// Lines before the body: add to a Markdown line number.
    public let bodyLineOffset: Int

    /// Why a file's front matter cannot be read.
    public enum Problem: Error, Sendable, Equatable {
        /// The file does not start with a `---` line.
        case missing
        /// The opening fence has no closing fence.
        case unclosed
    }

    /// Splits normalised text (LF line endings).
    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        let utf8 = text.utf8
        guard let firstLineEnd = utf8.firstIndex(of: UInt8(ascii: "\n")),
            isFence(text[text.startIndex..<firstLineEnd], allowDots: false)
        else {
            return .failure(.missing)
        }
        var lineStart = utf8.index(after: firstLineEnd)
        var linesBeforeLine = 1
        let yamlStart = lineStart
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            if isFence(text[lineStart..<lineEnd], allowDots: true) {
                let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
                return .success(FrontMatter(
                    yaml: text[yamlStart..<lineStart], yamlLineOffset: 1,
                    body: text[bodyStart...], bodyLineOffset: linesBeforeLine + 1))
            }
            linesBeforeLine += 1
            lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
        }
        return .failure(.unclosed)
    }

    private static func isFence(_ line: Substring, allowDots: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.utf8.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            trimmed = trimmed.dropLast()
        }
        return trimmed == "---" || (allowDots && trimmed == "...")
    }
}
