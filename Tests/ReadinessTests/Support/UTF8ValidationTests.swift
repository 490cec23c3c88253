import Testing
@testable import Readiness

/// `UTF8Validation` must agree with the standard library's validation on
/// every byte string, whichever way it goes.
@Suite struct UTF8ValidationTests {
    static func agrees(_ bytes: [UInt8]) -> Bool {
        let ours = bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
        return ours == (String(validating: bytes, as: UTF8.self) != nil)
    }

    /// Every string of up to `length` bytes from `alphabet`.
    static func strings(_ alphabet: [UInt8], upTo length: Int) -> [[UInt8]] {
        var strings: [[UInt8]] = [[]]
        var frontier: [[UInt8]] = [[]]
        for _ in 0..<length {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + [$0] } }
            strings += frontier
        }
        return strings
    }

    /// Lead and continuation bytes at every boundary that matters, up to
    /// three at a time after ASCII runs of every length around a word, and
    /// four at a time from the bytes four-byte forms turn on.
    @Test func agreesWithTheStandardLibraryOnEdgeBytes() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                              0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFE, 0xFF]
        let fourByte: [UInt8] = [0x41, 0x80, 0x8F, 0x90, 0xBF, 0xC0, 0xE0, 0xF0, 0xF1, 0xF4, 0xF5]
        var failures: [[UInt8]] = []
        for tail in Self.strings(edges, upTo: 3) {
            for run in [0, 3, 7, 8, 9, 16] {
                let bytes = Array(repeating: 0x61, count: run) + tail
                if !Self.agrees(bytes) { failures.append(bytes) }
            }
        }
        for tail in Self.strings(fourByte, upTo: 4) {
            for run in [0, 9] {
                let bytes = Array(repeating: 0x61, count: run) + tail
                if !Self.agrees(bytes) { failures.append(bytes) }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test func readsLongMostlyASCIIText() {
        let text = Array(String(repeating: "Readiness — reviewed ✓ 𝄞 ", count: 40).utf8)
        let check = { (bytes: [UInt8]) in bytes.withUnsafeBufferPointer(UTF8Validation.isValid) }
        #expect(check(text))
        #expect(!check(text + [0xFE]))
        #expect(!check(Array(text.dropLast(2))))
        #expect(!check([0xE2] + text))
    }
}
