/// Which link destinations may become clickable links in rendered HTML.
///
/// Allowed: `http:`, `https:`, `mailto:` and relative references (no scheme:
/// `#frag`, `/path`, `../x`, `?q`, `//host/x`). Everything else — `javascript:`,
/// `vbscript:`, `data:`, `file:`, `ftp:`, unknown schemes — is refused.
///
/// The check mimics how browsers find a scheme, erring on the side of refusing:
/// leading spaces and C0 control characters are skipped and tab/CR/LF are
/// ignored anywhere (browsers strip both, so `\tjava\nscript:` is
/// `javascript:`), ASCII letters are compared case-insensitively, and any `:`
/// before the first `/`, `?` or `#` counts as ending a scheme, even where a
/// browser would see a relative path (`%6Aavascript:x`, `rel:path` are
/// refused although harmless). Percent-escapes cannot smuggle a scheme in:
/// browsers never decode them while looking for one. HTML entities are decoded
/// by libcmark before the check sees the destination.
public enum LinkSafety {
    /// Whether `url` (as decoded by libcmark) may be rendered as a link target.
    public static func isAllowed(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { isAllowed(utf8: $0) }
    }

    /// Byte-level check used while rendering, straight on libcmark's strings.
    static func isAllowed(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The scheme so far, lowercased and packed into an integer so the
        // check allocates nothing; only its first bytes matter, since any
        // scheme longer than "mailto" is refused.
        var packed: UInt64 = 0
        var schemeLength = 0
        var sawContent = false
        for byte in bytes {
            if !sawContent && byte <= 0x20 { continue }  // leading C0 and space
            sawContent = true
            switch byte {
            case 0x09, 0x0A, 0x0D:
                continue
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"):
                return true  // relative reference: no scheme before the path
            case UInt8(ascii: ":"):
                return allowedSchemes.contains { $0.length == schemeLength && $0.packed == packed }
            default:
                if schemeLength < 8 {
                    // ASCII-lowercase; other bytes stay and fail the match.
                    let lowered = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
                    packed = packed << 8 | UInt64(lowered)
                }
                schemeLength += 1
            }
        }
        return true  // no ":" at all: relative
    }

    private static let allowedSchemes: [(length: Int, packed: UInt64)] =
        ["http", "https", "mailto"].map { scheme in
            (scheme.utf8.count, scheme.utf8.reduce(0) { $0 << 8 | UInt64($1) })
        }
}
