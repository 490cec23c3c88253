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
        // One pass validates and builds the string; only a file that fails
        // is walked again to find the line of its first bad byte.
        guard let decoded = String(validating: body, as: UTF8.self) else {
            let bad = firstInvalidUTF8(body) ?? body.startIndex
            return .failure(Diagnostic(
                .error, "invalid-utf8", "the file is not valid UTF-8 text",
                at: SourceLocation(file: path, line: lineNumber(of: bad, in: body), column: 1),
                hint: "Save the file as UTF-8; binary files do not belong in Content/."))
        }
        var hasCR = false
        var nul: Int?
        body.withUnsafeBufferPointer { buffer in
            // memchr is vectorised; these bytes are rare in real content.
            guard let base = buffer.baseAddress else { return }
            if let hit = memchr(base, 0, buffer.count) {
                nul = body.startIndex + (UnsafeRawPointer(hit) - UnsafeRawPointer(base))
            }
            hasCR = memchr(base, 0x0D, buffer.count) != nil
        }
        if let nul {
            return .failure(Diagnostic(
                .error, "binary-file", "the file contains NUL bytes, so it is not a text file",
                at: SourceLocation(file: path, line: lineNumber(of: nul, in: body), column: 1),
                hint: "Remove the file or save it as UTF-8 text."))
        }
        return .success(SourceText(path: path, text: hasCR ? normalisingLineEndings(body) : decoded))
    }

    /// The 1-based line of byte `offset` of `body`.
    private static func lineNumber(of offset: Int, in body: ArraySlice<UInt8>) -> Int {
        1 + body[body.startIndex..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
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

    /// Valid UTF-8 with CR or CRLF line endings, as LF text.
    private static func normalisingLineEndings(_ bytes: ArraySlice<UInt8>) -> String {
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
