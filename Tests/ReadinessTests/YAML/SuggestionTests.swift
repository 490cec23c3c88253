import Testing
@testable import Readiness

@Suite struct SuggestionTests {
    @Test func suggestsCloseWordsOnly() {
        let keys = ["reviewers", "review_date", "review_mode", "risks"]
        #expect(Suggestion.closest(to: "reviwers", in: keys) == "reviewers")
        #expect(Suggestion.closest(to: "review_dat", in: keys) == "review_date")
        #expect(Suggestion.closest(to: "banana", in: keys) == nil)
    }
}
