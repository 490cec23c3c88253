import Testing
@testable import Readiness

@Suite struct StringSameUTF8Tests {
    /// Byte equality, not `String` equality: canonically equivalent
    /// spellings differ.
    @Test func comparesBytesNotCanonicalEquivalence() {
        #expect("caf\u{E9}".hasSameUTF8(as: "caf\u{E9}"))
        #expect("".hasSameUTF8(as: ""))
        #expect(String(repeating: "long text past the small-string size ", count: 4)
            .hasSameUTF8(as: String(repeating: "long text past the small-string size ", count: 4)))
        #expect(!"caf\u{E9}".hasSameUTF8(as: "cafe\u{301}"))
        #expect(!"\u{212B}".hasSameUTF8(as: "A\u{30A}"))
        #expect(!"abc".hasSameUTF8(as: "abd"))
        #expect(!"abc".hasSameUTF8(as: "ab"))
    }
}
