import Testing
@testable import CommonMark

@Suite struct MarkdownLinkTests {
    @Test func everyLinkAndImageIsListedAsWritten() {
        let document = MarkdownDocument(markdown: """
            See [the *runbook*](../runbook.md "Runbook") and <https://auto.example>.

            ![diagram](img/arch.png)
            [ref link][r] and [bad](javascript:alert(1))
            [![badge](b.svg)](https://ci)

            [r]: https://ref.example/&amp;x
            """, lineOffset: 2)
        let links = document.links
        #expect(links.map(\.url) == ["../runbook.md", "https://auto.example", "img/arch.png",
                                      "https://ref.example/&x", "javascript:alert(1)", "https://ci", "b.svg"])
        #expect(links.map(\.text) == ["the runbook", "https://auto.example", "diagram", "ref link", "bad",
                                       "badge", "badge"])
        #expect(links.map(\.isImage) == [false, false, true, false, false, false, true])
        #expect(links[0].title == "Runbook")
        #expect(links[1].title == nil)
        #expect(links.map(\.line) == [3, 3, 5, 6, 6, 7, 7])
        #expect(links[0].column == 5)
    }

    /// Text reaches the two innermost open links only, so images nested
    /// thousands deep cost linear time (they once took the square of the depth).
    @Test func nestedImagesKeepOneLevelOfAltTextAndStayLinear() {
        let nested = MarkdownDocument(markdown: "[a ![b ![c ![d](4)](3)](2)](1)")
        #expect(nested.links.map(\.url) == ["1", "2", "3", "4"])
        #expect(nested.links.map(\.text) == ["a b ", "b c ", "c d", "d"])
        let depth = 5_000
        let deep = MarkdownDocument(markdown: String(repeating: "![a", count: depth)
            + String(repeating: "](u)", count: depth))
        #expect(deep.links.count == depth)
        #expect(deep.links.last?.text == "a")
    }
}
