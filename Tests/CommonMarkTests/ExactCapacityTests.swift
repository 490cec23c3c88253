import Testing
@testable import CommonMark

@Suite struct ExactCapacityTests {
    @Test func keepsTheElementsInLessRoom() {
        // Spare room reserved as doubling leaves it: growing by appends
        // alone may reallocate to the allocator's next size class, which can
        // be the exact size, and then the comparison below failed at random.
        var grown: [String] = []
        grown.reserveCapacity(64)
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
