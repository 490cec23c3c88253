import Foundation
import Testing

/// End to end through the `prr` binary on the example content: the
/// retrospectives index, a retrospective page linked both ways with its
/// review, and the lessons page.
@Suite struct RetrospectivePagesTests {
    /// The example's `notification-service` launched 2026-09-01; its
    /// retrospective was due 30 days later and `site.yaml` pins today to 2026-11-26.
    @Test func indexListsNotificationServiceAsOverdue() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = try site.prr(["build"])
        #expect(result.status == 0, "\(result.stderr)")
        let index = try site.read("Output/retrospectives/index.html")
        let row = try #require(Self.row(">notification-service</a>", in: index))
        #expect(row.contains("overdue by 56 days"))
        for service in ["search-api", "image-resizer"] {
            #expect(Self.row(">\(service)</a>", in: index)?.contains("◷ Retrospective due in") == true, "\(service)")
        }
        #expect(try site.read("Output/index.html").contains("overdue by 56 days"))
    }

    @Test func retrospectiveAndReviewLinkBothWays() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.prr(["build"])
        let retrospective = try site.read("Output/retrospectives/payments-api.html")
        #expect(retrospective.contains("href=\"../reviews/payments-api.html\""))
        #expect(retrospective.contains("<strong>0.87×</strong>"))
        let review = try site.read("Output/reviews/payments-api.html")
        #expect(review.contains("href=\"../retrospectives/payments-api.html\""))
    }

    @Test func lessonsShowTheSellerPayoutsUnderEstimate() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.prr(["build"])
        let lessons = try site.read("Output/retrospectives/lessons.html")
        let row = try #require(Self.row(">seller-payouts</a></th>", in: lessons))
        #expect(row.contains("<td>150 rps</td><td>410 rps</td>"))
        #expect(row.contains("under-estimate"))
        #expect(lessons.contains("seller-payouts plan: 150; seller-payouts actual: 410"))
    }

    /// The table row holding `marker`.
    static func row(_ marker: String, in html: String) -> String? {
        guard let hit = html.range(of: marker),
            let start = html.range(of: "<tr", options: .backwards, range: html.startIndex..<hit.lowerBound),
            let end = html.range(of: "</tr>", range: hit.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
