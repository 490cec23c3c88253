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
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
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
