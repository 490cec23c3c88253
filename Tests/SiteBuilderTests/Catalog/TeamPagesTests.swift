import Readiness
import Testing
@testable import SiteBuilder

@Suite struct TeamPagesTests {
    @Test func teamPageListsDirectMembersAndThoseOfChildGroups() throws {
        let fixture = try CatalogSiteFixture()
        let page = try fixture.page("teams/shop-team.html")
        #expect(page.contains("<h1>Shop Team</h1>"))
        let ann = HTMLFragments.row(page, containing: "Ann Direct")
        #expect(ann.contains("direct member"))
        #expect(ann.contains("href=\"mailto:ann@example.com\""))
        let bob = HTMLFragments.row(page, containing: "Bob Viachild")
        #expect(bob.contains("via <a href=\"../teams/shop-infra.html\">Shop Infrastructure</a>"), "\(bob)")
        #expect(!bob.contains("direct member"))
    }

    @Test func teamPageListsReviewedServicesAndProminentlyItsUnreviewedComponents() throws {
        let fixture = try CatalogSiteFixture()
        let page = try fixture.page("teams/shop-team.html")
        let services = HTMLFragments.section(page, id: "services")
        #expect(services.contains("href=\"../reviews/alpha-api.html\""))
        #expect(services.contains("href=\"../reviews/beta-api.html\""))
        #expect(!services.contains("gamma-worker"))
        let gap = HTMLFragments.section(page, id: "unreviewed")
        #expect(gap.contains("gamma-worker"))
        #expect(gap.contains("Nobody reviewed me."))
        #expect(!gap.contains("alpha-api"))
        // The child group has a page of its own, linking back to its parent.
        let child = try fixture.page("teams/shop-infra.html")
        #expect(child.contains("Part of <a href=\"../teams/shop-team.html\">Shop Team</a>"))
    }

    @Test func teamsIndexShowsCoverageAndEveryUnreviewedComponentWithItsOwner() throws {
        let fixture = try CatalogSiteFixture()
        let page = try fixture.page("teams/index.html")
        // Two of the three Components are reviewed: 66%, rounded down.
        #expect(page.contains("<strong>66%</strong>"), "\(page)")
        #expect(page.contains("2 of 3"))
        let gap = HTMLFragments.section(page, id: "unreviewed")
        let gamma = HTMLFragments.row(gap, containing: "gamma-worker")
        #expect(gamma.contains("<a href=\"../teams/shop-team.html\">Shop Team</a>"), "\(gamma)")
        let team = HTMLFragments.row(page, containing: "<a href=\"../teams/shop-team.html\">Shop Team</a><br>")
        // Services 3, reviewed 2, 1 without a review.
        #expect(team.contains("<td>3</td>"), "\(team)")
        #expect(team.contains("<td>2</td>"))
        #expect(team.contains("<span class=\"count-error\">1</span>"))
    }

    @Test func aTeamOrSystemNamedIndexKeepsItsPageBesideTheIndex() throws {
        let fixture = try CatalogSiteFixture(extraCatalog: """

            ---
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata: {name: index}
            spec: {type: team, profile: {displayName: The Index Team}, children: []}
            ---
            apiVersion: backstage.io/v1alpha1
            kind: System
            metadata: {name: index}
            spec: {owner: group:index}
            """)
        #expect(try fixture.page("teams/index-.html").contains("The Index Team"))
        #expect(try fixture.page("teams/index.html").contains("href=\"../teams/index-.html\""), "the teams index links to it")
        #expect(try fixture.page("teams/index.html").contains("Shop Team"), "the teams index is still the index")
        #expect(try fixture.page("systems/index-.html").contains("index"))
        #expect(try fixture.page("systems/index.html").contains("href=\"../systems/index-.html\""))
    }

    @Test func entitiesOfOtherNamespacesGetPagesInTheirOwnFolder() throws {
        // `platform--ops` is a valid default-namespace name; a `ns--name`
        // file naming scheme would have given both teams one page.
        let fixture = try CatalogSiteFixture(extraCatalog: """

            ---
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata: {name: platform--ops}
            spec: {type: team, profile: {displayName: Default Platform Ops}, children: []}
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata: {name: ops, namespace: platform}
            spec: {type: team, profile: {displayName: Namespaced Ops}, children: []}
            ---
            apiVersion: backstage.io/v1alpha1
            kind: System
            metadata: {name: billing, namespace: platform}
            spec: {owner: group:platform/ops}
            """)
        #expect(try fixture.page("teams/platform--ops.html").contains("Default Platform Ops"))
        let namespaced = try fixture.page("teams/platform/ops.html")
        #expect(namespaced.contains("Namespaced Ops"))
        #expect(namespaced.contains("href=\"../../index.html\""), "links climb out of the namespace folder")
        #expect(try fixture.page("teams/index.html").contains("href=\"../teams/platform/ops.html\""))
        #expect(try fixture.page("systems/platform/billing.html").contains("href=\"../../teams/platform/ops.html\""))
    }

    @Test func rendersTheSameBytesEveryTime() throws {
        let first = try CatalogSiteFixture()
        let second = try CatalogSiteFixture()
        #expect(first.pages == second.pages)
    }
}
