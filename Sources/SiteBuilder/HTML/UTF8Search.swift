#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes, for the passes that run over every
/// rendered page (heading fixes, anchors, the link scan).
///
/// `String.range(of:)` goes through Foundation's `CFStringFind` and UTF-16,
/// which profiling showed as a tenth of a build; `memchr` and `memcmp` over the
/// bytes are what these ASCII needles need.
enum UTF8Search {
    /// The index of the first `needle` in `bytes` at or after `start`.
    static func firstIndex(of needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        firstIndex(of: UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount), in: bytes, from: start)
    }

    /// The index of the first `needle` in `bytes` at or after `start`.
    static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, let needleBase = needle.baseAddress,
              start >= 0, start <= bytes.count, needle.count > 0
        else { return nil }
        let first = Int32(needleBase.pointee)
        var index = start
        // memchr finds the first byte at memory speed; the rest is compared
        // in place. The needles are a few bytes and the first byte, `<`,
        // starts every tag of a page: calling memcmp at each cost more than
        // the comparison.
        while bytes.count - index >= needle.count,
              let found = memchr(base + index, first, bytes.count - index - needle.count + 1) {
            let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var matched = 1
            while matched < needle.count, base[offset + matched] == needleBase[matched] { matched += 1 }
            if matched == needle.count { return offset }
            index = offset + 1
        }
        return nil
    }

    /// The index of the first `byte` in `bytes` at or after `start` and
    /// before `end` (the end of `bytes` when nil).
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int? = nil) -> Int? {
        let end = end ?? bytes.count
        guard let base = bytes.baseAddress, start >= 0, start < end, end <= bytes.count,
              let found = memchr(base + start, Int32(byte), end - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether every byte of `text` is ASCII.
    static func isASCII(_ text: String) -> Bool {
        withBytes(text) { !$0.contains { $0 >= 0x80 } }
    }

    /// Runs `body` over the string's UTF-8 bytes without copying them when
    /// the string is native (as every rendered page is).
    static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
