/// Escaping for text that goes into HTML.
///
/// Works on Unicode scalars, not `Character`s: a quote followed by a combining
/// mark is one `Character` in Swift, and an escaper that compares characters
/// lets it through unescaped (swift-mustache's own escaper does exactly that).
public enum HTMLEscaping {
    /// Escapes `& < > " '` so the result is safe in element text and in
    /// double- or single-quoted attribute values.
    public static func escape(_ text: String) -> String {
        // Most values need nothing; finding that out is the common case, so
        // it runs over the bytes directly rather than through `String.UTF8View`'s indices.
        guard UTF8Search.withBytes(text, { $0.contains(where: needsEscape) }) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 16)
        escape(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text`, escaped as ``escape(_:)`` escapes it, to `output`
    /// (the template renderer's page bytes) without making a string.
    static func escape(_ text: String, into output: inout [UInt8]) {
        UTF8Search.withBytes(text) { bytes in
            var start = 0
            for (position, byte) in bytes.enumerated() where needsEscape(byte) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
                switch byte {
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                default: output.append(contentsOf: "&#39;".utf8)
                }
                start = position + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }
}
