import CommonMark
import Foundation
import Testing
@testable import Readiness

@Suite struct RetrospectiveValidatorTests {
    func validate(_ relative: String) throws -> [Diagnostic] {
        let validator = RetrospectiveValidator(
            reviews: try RetrospectiveFixtures.reviews(), today: RetrospectiveFixtures.today, policy: .default)
        return validator.diagnostics(for: [try RetrospectiveFixtures.retrospective(relative)])
    }

    func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.ruleID)" }
    }

    @Test func theExampleRetrospectivesAreClean() throws {
        #expect(try validate("written/payments-api.md").isEmpty)
        #expect(try validate("written/seller-payouts.md").isEmpty)
        #expect(try validate("later/payments-api-followup.md").isEmpty)
    }

    @Test func beforeLaunchEstimateMismatchAndUnknownAlert() throws {
        let diagnostics = try validate("broken/mismatch.md")
        #expect(summary(diagnostics) == [
            "3:1 error retrospective-before-launch",
            "5:3 warning retrospective-estimate-mismatch",
            "9:5 warning retrospective-unknown-alert",
        ])
        #expect(diagnostics[0].message == "the retrospective is dated 2026-08-01, before the launch on 2026-08-04")
        #expect(diagnostics[1].message == "the expected peak is 1000 rps here but 1200 rps in the review")
        #expect(diagnostics[2].hint == "Did you mean `AuthoriseLatencyBudgetBurn`?")
        #expect(diagnostics.allSatisfy { $0.kind == .finding && $0.hint != nil })
    }

    @Test func unknownServiceSuggestsTheClosestReviewAndFutureDateIsAnError() throws {
        let diagnostics = try validate("broken/unknown-service.md")
        #expect(summary(diagnostics) == ["2:1 error retrospective-unknown-service", "3:1 error retrospective-in-future"])
        #expect(diagnostics[0].hint == "Did you mean `payments-api`?")
        #expect(diagnostics[1].message == "the retrospective is dated 2026-12-24, after today (2026-11-26)")
    }

    @Test func aFullReferenceFindsTheReviewWhoseStatusIsNotLaunched() throws {
        // `component:default/Fraud-Scoring` is the draft review `fraud-scoring`, due to launch 2027-02-01.
        let diagnostics = try validate("broken/not-launched.md")
        #expect(summary(diagnostics) == ["2:1 error retrospective-not-launched", "3:1 error retrospective-before-launch"])
        #expect(diagnostics[0].message.contains("is draft, not launched"))
    }

    @Test func aReviewWithoutAnExpectedPeakCannotBeJudged() throws {
        var retrospective = try RetrospectiveFixtures.retrospective("written/payments-api.md")
        var reviews = try RetrospectiveFixtures.reviews()
        let index = try #require(reviews.firstIndex { $0.review.service == "payments-api" })
        var review = reviews[index].review
        review.capacity?.expectedPeakRPS = nil
        reviews[index] = ParsedReview(review: review, policy: .default, options: MarkdownRenderOptions()).document
        let validator = RetrospectiveValidator(reviews: reviews, today: RetrospectiveFixtures.today, policy: .default)
        #expect(validator.diagnostics(for: retrospective).map(\.ruleID) == ["retrospective-estimate-mismatch"])
        // Half an rps apart still agrees once the review has its figure back.
        retrospective.capacity?.expectedPeakRPS = 1200.4
        let agreeing = RetrospectiveValidator(
            reviews: try RetrospectiveFixtures.reviews(), today: RetrospectiveFixtures.today, policy: .default)
        #expect(agreeing.diagnostics(for: retrospective).isEmpty)
    }

    @Test func everyRuleIsDeclaredOnceInTheRetrospectivesGroup() {
        let rules = Rule.retrospectiveRules
        #expect(Set(rules.map(\.id)).count == rules.count)
        #expect(rules.allSatisfy { $0.group == .retrospectives && !$0.rationale.isEmpty && !$0.fix.isEmpty })
        #expect(rules.map(\.id) == [
            "retrospective-numbers", "retrospective-unknown-service", "retrospective-not-launched",
            "retrospective-before-launch", "retrospective-in-future", "retrospective-estimate-mismatch",
            "retrospective-unknown-alert", "retrospective-overdue",
        ])
    }
}
