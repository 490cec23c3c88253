import Testing
@testable import Readiness

/// The baseline every rule test relies on: the clean review and its catalog
/// pass every rule, so a finding in a rule test comes from the test's change.
@Suite struct CleanReviewTests {
    @Test func catalogFixtureLoadsWithoutProblems() {
        #expect(CleanReview.catalogLoad.diagnostics.isEmpty, "\(CleanReview.catalogLoad.diagnostics)")
        #expect(CleanReview.catalog.components.map(\.ref.name) == ["auth-service", "payments-api"])
        #expect(CleanReview.catalog.users.count == 5)
    }

    @Test func cleanTier1ReviewHasNoFindingsAndIsReady() throws {
        let text = CleanReview.text()
        let validation = try CleanReview.validate(text)
        #expect(validation.findings.isEmpty, "\(validation.found)")
        #expect(validation.diagnostics.isEmpty, "\(validation.diagnosed)")
        #expect(validation.readiness.state == .ready)
        #expect(validation.readiness.openFindings == 0 && validation.readiness.acceptedFindings == 0)
        // Every one of the 34 default items is answered, and every one is met.
        #expect(try ChecklistReading(CleanReview.parsed(text), policy: .default).answeredCount == 34)
        // Every category's heading is there for pages to link findings to.
        #expect(validation.categoryAnchors.count == Policy.default.categories.count)
        let items = validation.readiness.categories.flatMap(\.items)
        #expect(items.count == 34 && items.allSatisfy { $0.required && $0.state == .met })
        #expect(validation.readiness.categories.allSatisfy { $0.met == $0.required && $0.unmet == 0 })
    }

    @Test(arguments: [2, 3]) func cleanReviewOfTheOtherTiersHasNoFindings(tier: Int) throws {
        let validation = try CleanReview.validate(CleanReview.text(tier: tier))
        #expect(validation.findings.isEmpty, "\(validation.found)")
        #expect(validation.diagnostics.isEmpty, "\(validation.diagnosed)")
        #expect(validation.readiness.state == .ready)
    }

    @Test(arguments: ["draft", "in-review", "approved", "launched", "retired"])
    func cleanReviewHasNoFindingsInAnyStatus(status: String) throws {
        let validation = try CleanReview.validate(CleanReview.text(status: status))
        #expect(validation.findings.isEmpty, "\(validation.found)")
    }

    @Test func withoutACatalogNoCatalogRuleRuns() throws {
        // A site without a catalog cannot check ownership, people or dependencies.
        let text = try CleanReview.text().swapping("service: payments-api", "service: not-in-any-catalog")
        let validation = try CleanReview.validate(text, catalog: .empty)
        #expect(validation.findings.isEmpty, "\(validation.found)")
    }
}
