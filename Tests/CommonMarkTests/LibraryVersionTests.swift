import Testing
@testable import CommonMark

@Suite struct LibraryVersionTests {
    @Test func reportsTheLinkedLibcmark() {
        let parts = LibraryVersion.cmark.split(separator: ".")
        #expect(parts.count == 3)
        #expect(parts.allSatisfy { Int($0) != nil })
    }
}
