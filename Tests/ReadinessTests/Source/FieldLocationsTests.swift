import Testing
@testable import Readiness

@Suite struct FieldLocationsTests {
    @Test func findsEachKeyInItsFileAndTheLaterPlaceOfARepeatedOne() {
        var locations = FieldLocations(file: "Content/reviews/a.md")
        locations.record("tier", line: 4, column: 1)
        locations.record("service", line: 2, column: 1)
        locations.record("slos", line: 9, column: 3)
        locations.record("tier", line: 12, column: 5)
        #expect(locations["service"] == SourceLocation(file: "Content/reviews/a.md", line: 2, column: 1))
        #expect(locations["slos"] == SourceLocation(file: "Content/reviews/a.md", line: 9, column: 3))
        #expect(locations["tier"] == SourceLocation(file: "Content/reviews/a.md", line: 12, column: 5))
        #expect(locations["owner"] == nil)
    }

    @Test func equalWhateverTheOrderOfTheKeys() {
        var first = FieldLocations(file: "a.md"), second = FieldLocations(file: "a.md")
        first.record("service", line: 2, column: 1)
        first.record("tier", line: 3, column: 1)
        second.record("tier", line: 3, column: 1)
        second.record("service", line: 2, column: 1)
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        second.record("tier", line: 4, column: 1)
        #expect(first != second)
        #expect(FieldLocations(file: "a.md") != FieldLocations(file: "b.md"))
    }

    /// A review read from YAML knows where its keys are.
    @Test func aParsedReviewLocatesItsKeys() throws {
        let (review, _) = parseReview("---\nservice: a\ntitle: A\ntier: 2\nowner: group:x\nstatus: draft\n---\n# A\n", path: "reviews/a.md")
        let parsed = try #require(review)
        #expect(parsed.location(of: "tier") == SourceLocation(file: "reviews/a.md", line: 4, column: 1))
        #expect(parsed.location(of: "rollout") == SourceLocation(file: "reviews/a.md", line: 1, column: 1))
    }
}
