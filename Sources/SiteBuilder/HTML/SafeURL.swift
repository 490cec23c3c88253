/// Decides which URLs written in content may become links.
///
/// Only http, https and mailto addresses and relative references are links;
/// anything else (`javascript:`, `data:`, `file:`, unknown schemes) is shown
/// as text. Browsers ignore ASCII tab and newline inside a scheme and strip
/// leading control characters and spaces, so those are removed before the
/// scheme is read.
public enum SafeURL {
    public static func isSafe(_ url: String) -> Bool {
        UTF8Search.withBytes(url, isSafe)
    }

    /// The URL when it is safe to link, else nil.
    public static func href(_ url: String?) -> String? {
        guard let url, !url.isEmpty, isSafe(url) else { return nil }
        return url
    }

    /// The check over UTF-8 bytes, which the link check runs for every link
    /// an author wrote. Reading bytes gives the answer reading scalars would:
    /// every byte of a non-ASCII scalar is 0x80 or more, so it is never a
    /// control character, space, `:`, `/`, `?` or `#`, and a scheme holding
    /// one never lowercases to `http`, `https` or `mailto` (the one non-ASCII
    /// scalar that lowercases to ASCII is the Kelvin sign, to `k`).
    private static func isSafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var started = false
        var scheme = PackedScheme()
        for byte in bytes {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            if !started {
                guard byte > 0x20 else { continue }
                started = true
            }
            switch byte {
            case UInt8(ascii: ":"): return scheme == .http || scheme == .https || scheme == .mailto
            // A "/", "?" or "#" before any ":" makes it a relative reference.
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"): return true
            default: scheme.append(byte)
            }
        }
        return true
    }
}

/// A scheme read so far, lowercased: its first eight bytes packed in an
/// integer and its length, enough to tell the allowed schemes (six bytes at
/// most) from any other without building a string per URL.
private struct PackedScheme: Equatable {
    private var head: UInt64 = 0
    private var length = 0

    static let http = PackedScheme("http")
    static let https = PackedScheme("https")
    static let mailto = PackedScheme("mailto")

    init() {}

    private init(_ scheme: StaticString) {
        UnsafeBufferPointer(start: scheme.utf8Start, count: scheme.utf8CodeUnitCount).forEach { append($0) }
    }

    mutating func append(_ byte: UInt8) {
        let lowered = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
        if length < 8 { head |= UInt64(lowered) << (8 * UInt64(length)) }
        length += 1
    }
}
