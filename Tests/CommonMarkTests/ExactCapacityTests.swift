import Testing
@testable import CommonMark

@Suite struct ExactCapacityTests {
    @Test func keepsTheElementsInLessRoom() {
        var grown: [String] = []
        for index in 0..<33 { grown.append("heading number \(index), long enough to live on the heap") }
        let exact = grown.withExactCapacity()
        #expect(exact == grown)
        #expect(exact.capacity < grown.capacity)
        #expect(exact.capacity >= exact.count)
        #expect([Int]().withExactCapacity().isEmpty)
    }

    @Test func headingsOfADocumentAreKeptExactly() {
        let markdown = (1...20).map { "## Section \($0)\n\ntext\n" }.joined(separator: "\n")
        let headings = MarkdownDocument(markdown: markdown).headings
        #expect(headings.map(\.text) == (1...20).map { "Section \($0)" })
        #expect(headings.capacity < 32)
    }
}
