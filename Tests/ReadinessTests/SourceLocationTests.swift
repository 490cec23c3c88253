import Testing
@testable import Readiness

@Suite struct SourceLocationTests {
    @Test func describesOnlyKnownParts() {
        #expect(SourceLocation(file: "a.md", line: 3, column: 7).description == "a.md:3:7")
        #expect(SourceLocation(file: "a.md", line: 3).description == "a.md:3")
        #expect(SourceLocation(file: "a.md").description == "a.md")
    }

    @Test func diagnosticsSortByPlaceThenSeverity() {
        let late = Diagnostic(.error, "x", "late", at: .init(file: "a.md", line: 9, column: 1))
        let early = Diagnostic(.warning, "x", "early", at: .init(file: "a.md", line: 2, column: 1))
        let sameLineError = Diagnostic(.error, "x", "err", at: .init(file: "a.md", line: 2, column: 1))
        #expect([late, early, sameLineError].sorted() == [sameLineError, early, late])
    }
}
