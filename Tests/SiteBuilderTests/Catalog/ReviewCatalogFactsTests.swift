import Readiness
import Testing
@testable import SiteBuilder

@Suite struct ReviewCatalogFactsTests {
    private func readiness(of service: String, in fixture: CatalogSiteFixture) throws -> String {
        let index = try #require(fixture.site.reviews.firstIndex { $0.review.serviceName == service })
        return fixture.site.validations[index].readiness.state.rawValue
    }

    @Test func dependencyLinksToItsReviewWithThatReviewsReadiness() throws {
        let fixture = try CatalogSiteFixture()
        let page = try fixture.page("reviews/alpha-api.html")
        let table = HTMLFragments.section(page, id: "facts-dependencies", until: "</table>")
        let row = HTMLFragments.row(table, containing: "href=\"../reviews/beta-api.html\"")
        #expect(row.contains("readiness-\(try readiness(of: "beta-api", in: fixture))"), "\(row)")
        #expect(row.contains("Serve cached answers"))
        // alpha-db is in the catalog's dependsOn but not in the review.
        let undocumented = HTMLFragments.section(page, id: "facts-dependencies", until: "id=\"depended-on-by\"")
        #expect(HTMLFragments.row(undocumented, containing: "resource:alpha-db", element: "li").contains("database"))
    }

    @Test func reviewPageListsWhatDependsOnIt() throws {
        let fixture = try CatalogSiteFixture()
        let page = try fixture.page("reviews/beta-api.html")
        let dependents = HTMLFragments.section(page, id: "depended-on-by", until: "</ul>")
        let item = HTMLFragments.row(dependents, containing: "href=\"../reviews/alpha-api.html\"", element: "li")
        #expect(item.contains("readiness-\(try readiness(of: "alpha-api", in: fixture))"), "\(dependents)")
    }

    @Test func catalogFactsLinkOwnerAndSystemAndOnlySafeURLs() throws {
        let fixture = try CatalogSiteFixture()
        let page = try fixture.page("reviews/alpha-api.html")
        let facts = HTMLFragments.section(page, id: "catalog")
        #expect(facts.contains("<a href=\"../teams/shop-team.html\">Shop Team</a>"))
        #expect(facts.contains("<a href=\"../systems/shop.html\">"))
        #expect(facts.contains("<a href=\"https://github.com/example/alpha-api\">"))
        #expect(facts.contains("<a href=\"https://runbooks.example.com/alpha\">Alpha runbook</a>"))
        #expect(facts.contains("Evil link"))
        #expect(!page.lowercased().contains("href=\"javascript:"))
    }

    @Test func gitHubSlugsOutsideOwnerSlashRepositoryAreNotLinked() {
        #expect(AnnotationLabels.gitHubSlugIsValid("example/alpha-api"))
        #expect(!AnnotationLabels.gitHubSlugIsValid("example/../evil"))
        #expect(!AnnotationLabels.gitHubSlugIsValid("evil.com/x?y"))
        #expect(!AnnotationLabels.gitHubSlugIsValid("//evil.com/x"))
    }
}
