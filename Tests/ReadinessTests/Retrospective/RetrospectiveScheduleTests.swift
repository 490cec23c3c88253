import Foundation
import Testing
@testable import Readiness

@Suite struct RetrospectiveScheduleTests {
    func states(_ schedule: RetrospectiveSchedule) -> [String] {
        schedule.entries.map { entry in
            let name = entry.review.review.serviceName
            switch entry.state {
            case .done(let document): return "\(name) done \(document.retrospective.date)"
            case .overdue(let late): return "\(name) overdue \(late)"
            case .upcoming(let left): return "\(name) upcoming \(left)"
            }
        }
    }

    @Test func doneOverdueAndUpcomingWithTheDefaultThirtyDays() throws {
        let schedule = RetrospectiveSchedule(
            reviews: try RetrospectiveFixtures.reviews(), retrospectives: try RetrospectiveFixtures.written(),
            policy: .default, today: RetrospectiveFixtures.today)
        // Due = launch + 30: seller-payouts 2025-08-07, payments-api 2026-09-03,
        // notification-service 2026-10-01 (Oct 1 → Nov 26 = 30 + 26 = 56 days late),
        // image-resizer 2026-11-28 (2 days left), search-api 2026-12-12 (16 days left).
        // fraud-scoring is a draft and owes nothing.
        #expect(states(schedule) == [
            "seller-payouts done 2025-08-14", "payments-api done 2026-09-10", "notification-service overdue 56",
            "image-resizer upcoming 2", "search-api upcoming 16",
        ])
        #expect(schedule.entries.map(\.dueDate.description) == ["2025-08-07", "2026-09-03", "2026-10-01", "2026-11-28", "2026-12-12"])
        #expect(schedule.overdue.count == 1 && schedule.upcoming.count == 2 && schedule.done.count == 2)
        let finding = try #require(schedule.findings.first)
        #expect(schedule.findings.count == 1 && finding.rule.id == "retrospective-overdue")
        #expect(finding.location == SourceLocation(file: "reviews/notification-service.md", line: 9, column: 1))
        #expect(finding.message == "the retrospective was due on 2026-10-01, 56 days ago (launched 2026-09-01)")
        #expect(finding.item == nil && finding.category == "documentation")
    }

    @Test func dueDaysComeFromThePolicyOverride() throws {
        let url = RetrospectiveFixtures.folder.appendingPathComponent("policy-45-days.yaml")
        let (policy, diagnostics) = PolicyLoader.load(contentsOf: url, path: "policy-45-days.yaml")
        #expect(diagnostics.isEmpty && policy.thresholds.retrospectiveDueDays == 45)
        let schedule = RetrospectiveSchedule(
            reviews: try RetrospectiveFixtures.reviews(), retrospectives: [], policy: policy, today: RetrospectiveFixtures.today)
        // Due = launch + 45: seller-payouts 2025-08-22 (2025-08-22 → 2026-11-26 = 9 + 30+31+30+31 + 31+28+31+30+31+30+31+31+30+31 + 26 = 461),
        // payments-api 2026-09-18 (12 + 31 + 26 = 69), notification-service 2026-10-16 (15 + 26 = 41),
        // image-resizer 2026-12-13 (17 left), search-api 2026-12-27 (31 left).
        #expect(states(schedule) == [
            "seller-payouts overdue 461", "payments-api overdue 69", "notification-service overdue 41",
            "image-resizer upcoming 17", "search-api upcoming 31",
        ])
        #expect(schedule.findings.map(\.location.line) == [11, 9, 9])
    }

    @Test func theLatestOfSeveralRetrospectivesIsTheOneAndAllAreListed() throws {
        let later = try RetrospectiveFixtures.document("later/payments-api-followup.md")
        let schedule = RetrospectiveSchedule(
            reviews: try RetrospectiveFixtures.reviews(), retrospectives: [later] + (try RetrospectiveFixtures.written()),
            policy: .default, today: RetrospectiveFixtures.today)
        let entry = try #require(schedule.entries.first { $0.review.review.service == "payments-api" })
        #expect(entry.retrospectives.map(\.retrospective.date.description) == ["2026-09-10", "2026-10-20"])
        #expect(entry.latest?.file == "later/payments-api-followup.md")
        #expect(entry.state == .done(later))
    }

    @Test func dueTodayIsUpcomingWithNoDaysLeftAndTheDayAfterIsOneDayLate() throws {
        let reviews = try RetrospectiveFixtures.reviews().filter { $0.review.service == "image-resizer" }
        let due = try #require(Day("2026-11-28"))
        let onTheDay = RetrospectiveSchedule(reviews: reviews, retrospectives: [], policy: .default, today: due)
        #expect(states(onTheDay) == ["image-resizer upcoming 0"] && onTheDay.findings.isEmpty)
        let dayAfter = RetrospectiveSchedule(reviews: reviews, retrospectives: [], policy: .default, today: due.adding(days: 1))
        #expect(states(dayAfter) == ["image-resizer overdue 1"])
        #expect(dayAfter.findings.first?.message.contains("1 day ago") == true)
    }
}
