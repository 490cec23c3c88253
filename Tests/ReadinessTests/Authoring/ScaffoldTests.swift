import Foundation
import Testing
@testable import Readiness

@Suite struct ScaffoldTests {
    let today = Day("2026-11-26") ?? Day.clockToday()

    @Test func reviewScaffoldParsesWithoutContentErrorsAndListsEveryCategory() throws {
        let text = ReviewScaffold(service: "payments-api", tier: .two, owner: "group:payments", today: today, policy: .default).text
        let (review, diagnostics) = parseReview(text, path: "reviews/payments-api.md")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let parsed = try #require(review)
        #expect(parsed.service == "payments-api")
        #expect(parsed.tier == .two)
        #expect(parsed.status == .draft)
        #expect(parsed.owner == "group:payments")
        for category in Policy.default.categories {
            #expect(text.contains("\n## \(category.title)\n"), "missing heading \(category.title)")
            for item in category.items { #expect(text.contains("- [ ] \(item.title)\n"), "missing item \(item.title)") }
        }
        #expect(!text.contains("- [x]"))
    }

    @Test func optionalItemsFollowTheOptionalComment() {
        let text = ReviewScaffold(service: "s", tier: .three, owner: "group:t", today: today, policy: .default).text
        let optional = Policy.default.categories.flatMap(\.items).filter { !$0.isRequired(for: .three) }
        let required = Policy.default.categories.flatMap(\.items).filter { $0.isRequired(for: .three) }
        #expect(!optional.isEmpty && !required.isEmpty)
        for category in Policy.default.categories {
            guard let section = text.components(separatedBy: "\n## \(category.title)\n").last?.components(separatedBy: "\n## ").first
            else { continue }
            let marker = section.range(of: "<!-- Optional for tier 3")
            for item in category.items {
                guard let line = section.range(of: "- [ ] \(item.title)\n") else { continue }
                if item.isRequired(for: .three) {
                    #expect(marker.map { line.lowerBound < $0.lowerBound } ?? true, "\(item.title) is after the optional marker")
                } else {
                    #expect(marker.map { line.lowerBound > $0.lowerBound } ?? false, "\(item.title) is not marked optional")
                }
            }
        }
    }

    @Test func quotesTitlesThatWouldBreakYAML() {
        let text = ReviewScaffold(
            service: "x", title: "Launch: \"v2\" # now", tier: .one, owner: "group:t", today: today, policy: .default).text
        let (review, diagnostics) = parseReview(text)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        #expect(review?.title == "Launch: \"v2\" # now")
    }

    @Test func retrospectiveScaffoldCarriesTheReviewsPredictions() throws {
        let reviewText = """
            ---
            service: payments-api
            tier: 1
            owner: group:payments
            status: launched
            launch_date: 2026-10-01
            capacity: {expected_peak_rps: 1200}
            alerts:
              - {name: HighErrorRate, slo: availability, pages: oncall, runbook: "https://r.example/x"}
              - {name: "Latency: p99", slo: availability, pages: oncall, runbook: "https://r.example/y"}
            ---
            Body.
            """
        let review = try #require(parseReview(reviewText).review)
        let text = RetrospectiveScaffold(review: review, today: today).text
        let (retrospective, diagnostics) = RetrospectiveParser.parse(SourceText(path: "retrospectives/payments-api.md", text: text))
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let parsed = try #require(retrospective)
        #expect(parsed.service == "payments-api")
        #expect(parsed.capacity?.expectedPeakRPS == 1200)
        #expect(parsed.alerts.map(\.name) == ["HighErrorRate", "Latency: p99"])
        #expect(parsed.alerts.allSatisfy { $0.fired == 0 && $0.actionable == 0 })
        #expect(parsed.incidents.isEmpty && parsed.templateChanges.isEmpty)
        #expect("\(parsed.date)" == "2026-11-26")
        for section in ["## What went well", "## What surprised us", "## Follow-ups"] { #expect(text.contains("\n\(section)\n")) }
    }
}
