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
}
