import Readiness
import Testing
@testable import SiteBuilder

/// Every page's header paths lead from the page to the site's root, at any
/// depth and with an address in place of the relative root.
@Suite struct PageContextTests {
    @Test func headerPathsClimbToTheRootFromAnyDepth() throws {
        let site = try CatalogSiteFixture().site
        for depth in 0..<12 {
            let folders = (0..<depth).map { "f\($0)/" }.joined()
            let context = PageContext(site: site, path: folders + "page.html", title: "Page", section: "home")
            let values = context.values([:])
            let root = String(repeating: "../", count: depth)
            #expect(values.child("root") == .string(root))
            #expect(values.child("stylesheet") == .string(root + SiteURLs.stylesheet), "depth \(depth)")
            #expect(values.child("home") == .string(root + SiteURLs.home), "depth \(depth)")
            #expect(values.child("links")?.child("gaps") == .string(root + SiteURLs.gaps), "depth \(depth)")
            #expect(values.child("links")?.child("searchScript") == .string(root + SearchPage.script), "depth \(depth)")
        }
    }

    @Test func anAddressInPlaceOfTheRootLeadsEveryHeaderPath() throws {
        let site = try CatalogSiteFixture().site
        var context = PageContext(site: site, path: "404.html", title: "Not found", section: "home")
        context.rootOverride = "https://a.io/"
        let values = context.values([:])
        #expect(values.child("stylesheet") == .string("https://a.io/" + SiteURLs.stylesheet))
        #expect(values.child("links")?.child("teams") == .string("https://a.io/" + SiteURLs.teams))
    }
}
