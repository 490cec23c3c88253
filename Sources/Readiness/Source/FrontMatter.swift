import Foundation

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
        let found = utf8.withContiguousStorageIfAvailable(fences) ?? Array(utf8).withUnsafeBufferPointer(fences)
        switch found {
        case .failure(let problem):
            return .failure(problem)
        case .success(let at):
            // Every offset is a line start (or the end), so a Character boundary.
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            return .success(FrontMatter(
                yaml: text[index(at.yamlStart)..<index(at.closingStart)], yamlLineOffset: 1,
                body: text[index(at.bodyStart)...], bodyLineOffset: at.linesBeforeBody))
        }
    }

    /// Where the fences of a text are, as UTF-8 offsets.
    private struct Fences {
        var yamlStart: Int
        var closingStart: Int
        var bodyStart: Int
        var linesBeforeBody: Int
    }

    /// Finds the fences line by line over the bytes, with `memchr`: walking
    /// the lines as `Substring`s was a fiftieth of a build.
    private static func fences(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Fences, Problem> {
        let firstEnd = lineEnd(bytes, from: 0)
        guard firstEnd < bytes.count, isFence(bytes[0..<firstEnd], allowDots: false) else { return .failure(.missing) }
        var lineStart = firstEnd + 1
        var linesBeforeLine = 1
        while lineStart < bytes.count {
            let end = lineEnd(bytes, from: lineStart)
            if isFence(bytes[lineStart..<end], allowDots: true) {
                return .success(Fences(
                    yamlStart: firstEnd + 1, closingStart: lineStart, bodyStart: min(end + 1, bytes.count),
                    linesBeforeBody: linesBeforeLine + 1))
            }
            linesBeforeLine += 1
            lineStart = end + 1
        }
        return .failure(.unclosed)
    }

    /// The offset of the `\n` that ends the line starting at `start`, or the end.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count,
              let found = memchr(base + start, 0x0A, bytes.count - start)
        else { return bytes.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// `---` (or `...`) and nothing after it but spaces and tabs. Bytes, not
    /// Characters: a space after a prepending mark (U+0600) makes one
    /// Character with it, and no such line is a fence.
    private static func isFence(_ line: Slice<UnsafeBufferPointer<UInt8>>, allowDots: Bool) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") {
            end -= 1
        }
        guard end - line.startIndex == 3 else { return false }
        let mark = line[line.startIndex]
        guard mark == UInt8(ascii: "-") || (allowDots && mark == UInt8(ascii: ".")) else { return false }
        return line[line.startIndex + 1] == mark && line[line.startIndex + 2] == mark
    }
}
