import Readiness
import Testing
@testable import SiteBuilder

/// The shared summaries are the ones each page would make for itself,
/// whatever page asks first and however deep it lies.
@Suite struct ReviewSummariesTests {
    @Test func aSharedSummaryIsTheOneThePageWouldMake() throws {
        let site = try CatalogSiteFixture().site
        let summaries = ReviewSummaries(site: site)
        let pages = ["reviews/alpha-api.html", "teams/shop-team.html", "index.html", "gaps/rules/x/y.html", "reviews/beta-api.html"]
        for index in site.reviews.indices {
            for page in pages {
                let made = sealed(reviewSummaryValues(index, site: site, from: page))
                #expect(summaries.sealedSummary(index, from: page) == made, "\(index) on \(page)")
            }
        }
    }

    @Test func aSummaryFromTheRootLinksFromTheRootAfterAReviewPageAskedForIt() throws {
        let site = try CatalogSiteFixture().site
        let summaries = ReviewSummaries(site: site)
        let index = try #require(site.reviews.firstIndex { $0.review.serviceName == "beta-api" })
        #expect(summaries.sealedSummary(index, from: "reviews/alpha-api.html").child("url") == "../reviews/beta-api.html")
        #expect(summaries.sealedSummary(index, from: "index.html").child("url") == "reviews/beta-api.html")
        #expect(summaries.sealedSummary(index, from: "reviews/gamma.html").child("url") == "../reviews/beta-api.html")
    }
}
