import Foundation
import Testing

/// The catalog pages end to end, through the real `prr` binary on the example site.
@Suite struct CatalogPagesTests {
    @Test func exampleSiteHasTeamPagesThatShowCoverageAndLinkReviews() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = try site.prr(["build"])
        #expect(result.status == 0, "\(result.stderr)")
        let index = try site.read("Output/teams/index.html")
        // gift-card-service is the example catalog's Component without a review.
        let start = try #require(index.range(of: "id=\"unreviewed\""))
        let end = try #require(index.range(of: "</section>", range: start.upperBound..<index.endIndex))
        let unreviewed = String(index[start.lowerBound..<end.upperBound])
        #expect(unreviewed.contains("gift-card-service"), "\(index)")
        #expect(!unreviewed.contains("checkout-api"))
        let checkout = try site.read("Output/teams/checkout.html")
        #expect(checkout.contains("href=\"../reviews/checkout-api.html\""))
        #expect(site.exists("Output/systems/index.html"))
        #expect(site.exists("Output/systems/payments-platform.html"))
    }
}
