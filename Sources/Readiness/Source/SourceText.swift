import Foundation

/// The text of one content file, decoded and normalised for parsing.
///
/// Content comes from many editors: a UTF-8 byte order mark, CRLF or lone CR
/// line endings are accepted and normalised to LF, which keeps line numbers
/// identical to what the author's editor shows. Invalid UTF-8 is a diagnostic
/// at the line of the first bad byte, never a crash.
public struct SourceText: Sendable {
    /// The path used in diagnostics.
    public let path: String
    /// The text with a BOM removed and line endings normalised to `\n`.
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Decodes file bytes, reporting why they cannot be used.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<SourceText, Diagnostic> {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let body = bytes[start...]
        if let bad = firstInvalidUTF8(body) {
            let line = 1 + body[body.startIndex..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return .failure(Diagnostic(
                .error, "invalid-utf8", "the file is not valid UTF-8 text",
                at: SourceLocation(file: path, line: line, column: 1),
                hint: "Save the file as UTF-8; binary files do not belong in Content/."))
        }
        if body.contains(0) {
            let nul = body.firstIndex(of: 0) ?? body.startIndex
            let line = 1 + body[body.startIndex..<nul].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return .failure(Diagnostic(
                .error, "binary-file", "the file contains NUL bytes, so it is not a text file",
                at: SourceLocation(file: path, line: line, column: 1),
                hint: "Remove the file or save it as UTF-8 text."))
        }
        return .success(SourceText(path: path, text: normalisingLineEndings(body)))
    }

    /// Reads and decodes a file; an unreadable file is a diagnostic.
    public static func read(_ url: URL, path: String) -> Result<SourceText, Diagnostic> {
        switch FileBytes.read(url) {
        case .success(let bytes): return decode(bytes, path: path)
        case .failure(let error):
            return .failure(Diagnostic(
                .error, "unreadable-file", "cannot read the file: \(error.reason)",
                at: SourceLocation(file: path),
                hint: "Check that the file exists and its permissions allow reading."))
        }
    }

    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = bytes.startIndex
        var scalarStart = offset
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset = scalarStart + UTF8.width(scalar)
                scalarStart = offset
            case .emptyInput:
                return nil
            case .error:
                return scalarStart
            }
        }
    }

    private static func normalisingLineEndings(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(0x0D) else { return String(decoding: bytes, as: UTF8.self) }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0D {
                out.append(0x0A)
                let next = bytes.index(after: index)
                if next < bytes.endIndex, bytes[next] == 0x0A { index = next }
            } else {
                out.append(byte)
            }
            index = bytes.index(after: index)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
