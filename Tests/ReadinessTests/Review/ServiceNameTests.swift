import Foundation
import Testing
@testable import Readiness

/// `serviceName` and `serviceKey` are kept with `service` instead of being
/// worked out on each use; they must always be what `service` gives.
@Suite struct ServiceNameTests {
    static let spellings = [
        "payments-api", "component:payments-api", "component:default/Payments-API", "Component:team/ledger",
        "resource:db", "a:b:c/d/e", " spaced ", "", ":", "/", "../../etc/passwd", "日本:サービス",
    ]

    private func review(service: String) throws -> Review {
        let text = "---\nservice: \"\(service)\"\ntier: 2\nowner: group:payments\nstatus: draft\n---\nBody\n"
        return try #require(ReviewParser.parse(SourceText(path: "r.md", text: text)).review)
    }

    @Test(arguments: spellings)
    func parsedReviewsDeriveFromService(_ service: String) throws {
        let review = try review(service: service)
        #expect(review.service == service)
        #expect(review.serviceName == Review.shortName(of: service))
        #expect(review.serviceKey == ServiceKey.of(service))
    }

    @Test func changingTheServiceChangesBoth() throws {
        var review = try review(service: "payments-api")
        var retrospective = Retrospective(file: "r.md", service: "payments-api", date: Day(daysSinceEpoch: 0))
        for service in Self.spellings {
            review.service = service
            retrospective.service = service
            #expect(review.serviceName == Review.shortName(of: service))
            #expect(review.serviceKey == ServiceKey.of(service))
            #expect(retrospective.serviceName == Review.shortName(of: service))
            #expect(retrospective.serviceKey == ServiceKey.of(service))
        }
    }

    @Test func shortNameDropsKindAndNamespace() {
        #expect(Review.shortName(of: "component:default/payments-api") == "payments-api")
        #expect(Review.shortName(of: "component:payments-api") == "payments-api")
        #expect(Review.shortName(of: "payments-api") == "payments-api")
        #expect(Review.shortName(of: "a:b:c/d/e") == "e")
    }
}
