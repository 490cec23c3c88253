import Testing
@testable import Readiness

@Suite struct StringSortingTests {
    private let mixed = ["b", "a", "", "ab", "a b", "B", "é", "e\u{301}", "z", "Z", "~", "-", "a.md", "a-b.md", "日本", "😀", "ä", "a\u{0}"]

    @Test func sortsInUTF8ByteOrder() {
        let expected = mixed.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(mixed.sortedByUTF8() == expected)
        #expect(Array(mixed.reversed()).sortedByUTF8() == expected)
        #expect(expected.sortedByUTF8() == expected)
        #expect([String]().sortedByUTF8().isEmpty)
        #expect(["", ""].sortedByUTF8() == ["", ""])
    }

    /// The fast path must give `String`'s own order, which for text that
    /// is not ASCII (a decomposed é) is not the byte order.
    @Test func sortsAsStringsDoWhateverTheText() {
        let ascii = ["Content/reviews/b.md", "Content/reviews/a-b.md", "Content/reviews/a.md", "Content/Reviews/z.md",
                     "Content/reviews/a b.md", "", "Content/reviews/a\u{0}.md", "~", "Content/reviews/a.md"]
        #expect(ascii.sortedAsStrings() == ascii.sorted())
        #expect(mixed.sortedAsStrings() == mixed.sorted())
        #expect(mixed.sortedAsStrings() != mixed.sortedByUTF8())
    }
}
