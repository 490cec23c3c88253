import Testing
@testable import CommonMark

@Suite struct MarkdownHeadingTests {
    @Test func headingsHaveTextLevelPositionAndUniqueAnchors() {
        let document = MarkdownDocument(markdown: """
            # Service *API*

            ## Rollout
            ## Rollout
            Setext `Title`
            --------------
            """, lineOffset: 3)
        let headings = document.headings
        #expect(headings.map(\.level) == [1, 2, 2, 2])
        #expect(headings.map(\.text) == ["Service API", "Rollout", "Rollout", "Setext Title"])
        #expect(headings.map(\.anchor) == ["service-api", "rollout", "rollout-2", "setext-title"])
        #expect(headings.map(\.line) == [4, 6, 7, 8])
        #expect(headings.map(\.column) == [1, 1, 1, 1])
    }
}
