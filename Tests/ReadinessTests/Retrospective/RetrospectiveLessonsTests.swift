import Foundation
import Testing
@testable import Readiness

@Suite struct RetrospectiveLessonsTests {
    func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }

    func exampleLessons() throws -> RetrospectiveLessons {
        RetrospectiveLessons(
            retrospectives: try RetrospectiveFixtures.written().map(\.retrospective),
            reviews: try RetrospectiveFixtures.reviews(), policy: .default)
    }

    @Test func capacityFiguresFromTheTwoExamples() throws {
        let lessons = try exampleLessons()
        // Fixture numbers: payments-api expected 1200, actual 1040, load tested 3000;
        // seller-payouts expected 150, actual 410, load tested 400.
        let payments = 1040.0 / 1200.0   // 0.8667: over-predicted, but not by half
        let payouts = 410.0 / 150.0      // 2.7333: under-predicted
        #expect(lessons.retrospectiveCount == 2)
        #expect(lessons.estimates.map(\.service) == ["payments-api", "seller-payouts"])
        #expect(close(lessons.estimates[0].ratio, payments) && close(lessons.estimates[1].ratio, payouts))
        #expect(close(lessons.medianRatio, (payments + payouts) / 2))
        #expect(close(lessons.meanRatio, (payments + payouts) / 2))
        #expect(lessons.underEstimated == 1 && lessons.overEstimated == 0)
        // 3000 tested covers 1040 (2.88x); 400 tested does not cover 410.
        #expect(close(lessons.estimates[0].testedCoverage, 3000.0 / 1040.0) && lessons.estimates[0].headroomCovered == true)
        #expect(close(lessons.estimates[1].testedCoverage, 400.0 / 410.0) && lessons.estimates[1].headroomCovered == false)
        #expect(lessons.headroomCovered == 1 && lessons.headroomNotCovered == 1)
    }

    @Test func alertActionability() throws {
        let lessons = try exampleLessons()
        // Fired 2 + 3 + 4 + 6 = 15; actionable 2 + 1 + 4 + 3 = 10.
        #expect(lessons.alertsFired == 15 && lessons.alertsActionable == 10)
        #expect(close(lessons.actionableShare, 10.0 / 15.0))
        // Noise: InstantPayout… 6 - 3 = 3, AuthoriseLatency… 3 - 1 = 2, the other two 0 (ties by name).
        #expect(lessons.alerts.map(\.name) == [
            "InstantPayoutErrorBudgetBurn", "AuthoriseLatencyBudgetBurn", "DailyPayoutBatchLate", "PaymentsAvailabilityBudgetBurn",
        ])
        #expect(lessons.alerts.map(\.noise) == [3, 2, 0, 0])
        #expect(close(lessons.alerts[1].actionableShare, 1.0 / 3.0) && lessons.alerts[1].services == ["payments-api"])
    }

    @Test func incidentsAndWhatTheReviewPredicted() throws {
        let lessons = try exampleLessons()
        #expect(lessons.incidentCount == 3 && lessons.anticipatedIncidents == 2)
        let incident = try #require(lessons.unanticipated.first)
        #expect(lessons.unanticipated.count == 1)
        #expect(incident.service == "seller-payouts" && incident.id == "INC-2025-0817")
        #expect(incident.summary.hasPrefix("On 2025-07-28 the daily payout batch overlapped"))
        #expect(incident.location.line == 11)
        // The seller-payouts review documents three dependencies, each with on_failure.
        #expect(incident.documentedFailureModes.map(\.dependency) == [
            "resource:default/ledger-db", "resource:default/payouts-queue", "component:default/payments-api",
        ])
        #expect(incident.documentedFailureModes[0].onFailure.hasPrefix("Instant payouts return 503"))
    }

    @Test func runbooksAndTemplateChanges() throws {
        let lessons = try exampleLessons()
        #expect(lessons.runbooksAccurate == 1 && lessons.runbooksInaccurate == 1 && lessons.runbooksUnknown == 0)
        #expect(lessons.templateChanges.map(\.services) == [["seller-payouts"], ["payments-api"], ["payments-api"], ["seller-payouts"]])
        #expect(lessons.templateChanges.map { String($0.text.prefix(20)) } == [
            "Add an item: batch j", "Add an item: third-p", "Ask for the alert's ", "Ask what the capacit",
        ])
        #expect(lessons.templateChanges.allSatisfy { !$0.inPolicy })
    }

    @Test func proposalsGroupByNormalisedTextAndMatchThePolicyConservatively() throws {
        let retrospectives = try [
            RetrospectiveFixtures.retrospective("lessons/search-api.md"),
            RetrospectiveFixtures.retrospective("lessons/image-resizer.md"),
        ]
        let lessons = RetrospectiveLessons(
            retrospectives: retrospectives, reviews: try RetrospectiveFixtures.reviews(), policy: .default)
        let byKey = Dictionary(uniqueKeysWithValues: lessons.templateChanges.map { ($0.key, $0) })
        // Same words, different case and punctuation: one proposal from two services, listed first.
        let certificate = try #require(byKey["ask for certificate expiry monitoring"])
        #expect(lessons.templateChanges.first?.key == certificate.key)
        #expect(certificate.services == ["image-resizer", "search-api"] && certificate.locations.count == 2)
        #expect(certificate.text == "ask for Certificate-Expiry monitoring" && !certificate.inPolicy)
        // Exactly an item's alias after the colon: the policy has it.
        #expect(byKey["add an item runbook"]?.policyItem == "documentation.runbook")
        // Every significant word of "Load testing performed" appears.
        #expect(byKey["require load testing performed against production data"]?.policyItem == "capacity.load-testing")
        // "Rollback" followed by more words narrows the item to something new.
        #expect(byKey["add an item rollback for schema migrations"]?.policyItem == nil)
        #expect(lessons.templateChanges.count == 4)
    }

    @Test func overEstimatesAndAnEvenMedian() throws {
        let retrospectives = try [
            RetrospectiveFixtures.retrospective("lessons/search-api.md"),     // 1600 / 4000 = 0.4
            RetrospectiveFixtures.retrospective("lessons/image-resizer.md"),  // 60 / 60 = 1.0
            RetrospectiveFixtures.retrospective("written/payments-api.md"),   // 1040 / 1200 = 0.8667
        ]
        let lessons = RetrospectiveLessons(
            retrospectives: retrospectives, reviews: try RetrospectiveFixtures.reviews(), policy: .default)
        #expect(close(lessons.medianRatio, 1040.0 / 1200.0))
        #expect(close(lessons.meanRatio, (0.4 + 1.0 + 1040.0 / 1200.0) / 3))
        // 0.4 is under the 0.5 over-estimate line; exactly 1.0 is not an under-estimate.
        #expect(lessons.overEstimated == 1 && lessons.underEstimated == 0)
        // Neither lessons fixture states runbook accuracy; search-api's incident was not anticipated.
        #expect(lessons.runbooksUnknown == 2 && lessons.unanticipated.map(\.id) == ["INC-2026-0900"])
        // search-api load tested 9000 >= 1600; image-resizer 200 >= 60; payments-api 3000 >= 1040.
        #expect(lessons.headroomCovered == 3 && lessons.headroomNotCovered == 0)
        #expect(RetrospectiveLessons.median([4, 1, 3, 2]) == 2.5 && RetrospectiveLessons.median([]) == nil)
    }
}
