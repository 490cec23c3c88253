import Foundation
import Testing
@testable import Readiness

/// A load shares one copy of each repeated string between its files; the
/// text must stay what each file says.
@Suite struct StringTableTests {
    /// Whether two strings share their storage, as the table promises.
    private func sameStorage(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs, rhs = rhs
        return lhs.withUTF8 { left in rhs.withUTF8 { right in left.baseAddress == right.baseAddress } }
    }

    @Test func equalStringsComeBackAsOneCopy() {
        let table = StringTable()
        let first = table.intern(String(repeating: "availability-", count: 2))
        let second = table.intern(["availability-", "availability-"].joined())
        #expect(first == second)
        #expect(sameStorage(first, second))
        #expect(table.intern("AvailabilityBudgetBurnFast") != first)
        #expect(table.count == 2)
    }

    @Test func shortStringsAreNotKept() {
        let table = StringTable()
        #expect(table.intern("availability") == "availability")
        #expect(table.intern("") == "")
        #expect(table.count == 0)
    }

    @Test func canonicallyEqualSpellingsStayAsWritten() {
        // `String` equality ignores the difference between a precomposed
        // and a decomposed accent; the table must not swap one for the other.
        let table = StringTable()
        let composed = table.intern("Caf\u{E9} service owners")
        let decomposed = table.intern("Cafe\u{301} service owners")
        #expect(Array(composed.utf8) == Array("Caf\u{E9} service owners".utf8))
        #expect(Array(decomposed.utf8) == Array("Cafe\u{301} service owners".utf8))
    }

    @Test func everyCoreMayInternAtOnce() {
        let table = StringTable()
        let words = (0..<64).map { "dependency-\($0)-on-failure-text" }
        let results = Array(0..<4_000).parallelMap { table.intern(words[$0 % words.count]) }
        #expect(results == (0..<4_000).map { words[$0 % words.count] })
        #expect(table.count == words.count)
    }

    /// Two reviews that say the same things share the text after a load.
    @Test func reviewsOfOneLoadShareTheirRepeatedText() throws {
        let table = StringTable()
        let text = CleanReview.text()
        let first = try #require(ReviewParser.parse(SourceText(path: "reviews/a.md", text: text), strings: table).review)
        let second = try #require(ReviewParser.parse(SourceText(path: "reviews/b.md", text: text), strings: table).review)
        let runbook = try #require(first.alerts.first?.runbook)
        #expect(runbook.utf8.count > 15)
        #expect(sameStorage(runbook, try #require(second.alerts.first?.runbook)))
        #expect(first.alerts == second.alerts.map { alert in
            var alert = alert
            alert.location.file = "reviews/a.md"
            return alert
        })
        let firstDocument = ParsedReview(review: first, policy: .default, options: .init(), strings: table).document
        let secondDocument = ParsedReview(review: second, policy: .default, options: .init(), strings: table).document
        #expect(firstDocument.headings == secondDocument.headings)
        let heading = try #require(firstDocument.headings.first { $0.text.utf8.count > 15 })
        let same = try #require(secondDocument.headings.first { $0.text == heading.text })
        #expect(sameStorage(heading.text, same.text) && sameStorage(heading.anchor, same.anchor))
    }
}
