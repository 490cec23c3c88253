import Readiness
import Testing
@testable import SiteBuilder

@Suite struct SystemPagesTests {
    @Test func systemPageListsItsComponentsWithTheirReviewState() throws {
        let fixture = try CatalogSiteFixture()
        let page = try fixture.page("systems/shop.html")
        #expect(page.contains("Everything the shop runs on."))
        #expect(page.contains("owner <a href=\"../teams/shop-team.html\">Shop Team</a>"))
        let components = HTMLFragments.section(page, id: "components")
        for service in ["alpha-api", "beta-api"] {
            let index = try #require(fixture.site.reviews.firstIndex { $0.review.serviceName == service })
            let row = HTMLFragments.row(components, containing: "href=\"../reviews/\(service).html\"")
            #expect(row.contains("readiness-\(fixture.site.validations[index].readiness.state.rawValue)"), "\(row)")
        }
        let gamma = HTMLFragments.row(components, containing: "gamma-worker")
        #expect(gamma.contains("No review"))
        #expect(page.contains("alpha-db"))
    }

    @Test func systemsIndexLinksEverySystem() throws {
        let fixture = try CatalogSiteFixture()
        let page = try fixture.page("systems/index.html")
        let row = HTMLFragments.row(page, containing: "href=\"../systems/shop.html\"")
        #expect(row.contains("<td>3</td>"), "\(row)")
    }
}
