import Readiness
import Testing
@testable import SiteBuilder

@Suite struct SiteURLsTests {
    /// One `../` per folder a page sits in, counted as Characters: a `/`
    /// that a combining mark joins is no folder separator.
    @Test func rootClimbsOneLevelPerFolder() {
        #expect(SiteURLs.root(from: "index.html") == "")
        #expect(SiteURLs.root(from: "reviews/a.html") == "../")
        #expect(SiteURLs.root(from: "teams/a/b.html") == "../../")
        #expect(SiteURLs.root(from: "teams/é/b.html") == "../../")
        #expect(SiteURLs.root(from: "teams/a/\u{301}b.html") == "../")
        #expect(SiteURLs.root(from: "") == "")
    }

    /// An entity whose name lowercases to `index` gets a trailing `-`, so
    /// its page and the folder's index are both written; no other name
    /// does, whatever its case or letters.
    @Test func entityNamedIndexStaysOffTheFoldersIndex() {
        func ref(_ name: String, namespace: String = "default") -> EntityRef {
            EntityRef(kind: "group", namespace: namespace, name: name)
        }
        for name in ["index", "Index", "INDEX", "iNdEx"] { #expect(SiteURLs.entitySlug(ref(name)) == "index-") }
        for name in ["indexx", "inde", "Indey", "index-", "\u{130}ndex", "ind\u{212A}x", "iNDEX\u{301}"] {
            #expect(SiteURLs.entitySlug(ref(name)) == ref(name).name)
        }
        #expect(SiteURLs.entitySlug(ref("index", namespace: "payments")) == "payments/index")
        // Every tier's page, from its table.
        #expect(Tier.allCases.map(SiteURLs.tier) == ["tiers/tier-1.html", "tiers/tier-2.html", "tiers/tier-3.html"])
    }
}
