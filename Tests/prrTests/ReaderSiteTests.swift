import Foundation
import Testing

/// `prr build` on a copy of the example: the reader's files are written,
/// a broken link in a review is reported at its place, a broken link in a
/// layout stops the build.
@Suite struct ReaderSiteTests {
    @Test func buildWritesTheReadersFiles() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let result = try fixture.prr(["build"])
        #expect(result.status == 0, "\(result.stderr)")
        for file in ["404.html", "search.html", "search-index.json", "feed.xml", "sitemap.xml", "assets/search.js", "assets/favicon.svg"] {
            #expect(fixture.exists("Output/" + file), "missing \(file)")
        }
        #expect(!result.stderr.contains("broken-link"), "\(result.stderr)")
        let index = try fixture.read("Output/search-index.json")
        #expect(index.contains(#""url":"reviews/payments-api.html""#))
    }

    @Test func aBrokenAuthorLinkIsAWarningAtItsLineAndColumn() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let path = "Content/reviews/payments-api.md"
        var text = try fixture.read(path)
        text += "\nSee [the checkout review](checkout-api.md) for the client side.\n"
        try fixture.write(path, text)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("[the checkout review]") }.map { $0 + 1 }
        let result = try fixture.prr(["build"])
        #expect(result.status == 0, "a broken author link must not fail the build")
        #expect(result.stderr.contains("\(path):\(line ?? -1):5: warning: broken link: `checkout-api.md`"), "\(result.stderr)")
        #expect(result.stderr.contains("[broken-link]"))
        #expect(fixture.exists("Output/index.html"))
    }

    @Test func aBrokenLinkToTheSitesOwnAddressIsReportedAndOtherSitesAreNot() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let path = "Content/reviews/payments-api.md"
        var text = try fixture.read(path)
        text += "\nSee [our gaps](https://prr.example.com/gapz.html) and [the vendor](https://vendor.example.com/nothing.html).\n"
        try fixture.write(path, text)
        let result = try fixture.prr(["build", "--base-url", "https://prr.example.com/"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: broken link: `https://prr.example.com/gapz.html`"), "\(result.stderr)")
        #expect(!result.stderr.contains("vendor.example.com"), "links elsewhere are not checked")
    }

    @Test func aBrokenLayoutLinkFailsTheBuildAndNamesThePage() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try fixture.prr(["build"]).status == 0)
        let before = try fixture.read("Output/gaps.html")
        let layout = try fixture.read("Layouts/gaps.mustache")
        try fixture.write("Layouts/gaps.mustache", layout.replacingOccurrences(
            of: "<h1>Gap summary</h1>", with: #"<h1>Gap summary</h1><a href="{{root}}no-such-page.html">x</a>"#))
        let result = try fixture.prr(["build"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("the page `gaps.html` has a broken link: `no-such-page.html`"), "\(result.stderr)")
        #expect(result.stderr.contains("[layout-broken-link]"))
        #expect(try fixture.read("Output/gaps.html") == before, "the previous site must stay")
    }

    /// Review pages are written first and links into them are checked as
    /// each later page is written: a missing id must still be reported.
    @Test func aLayoutLinkToAMissingIDOnAReviewPageFailsTheBuild() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let layout = try fixture.read("Layouts/gaps.mustache")
        try fixture.write("Layouts/gaps.mustache", layout.replacingOccurrences(
            of: "<h1>Gap summary</h1>",
            with: #"<h1>Gap summary</h1><a href="{{root}}reviews/checkout-api.html#monitoring-and-alerting">ok</a>"#
                + #"<a href="{{root}}reviews/checkout-api.html#no-such-section">x</a>"#))
        let result = try fixture.prr(["build"])
        #expect(result.status != 0)
        #expect(result.stderr.contains(
            "the page `gaps.html` has a broken link: `reviews/checkout-api.html#no-such-section`: `reviews/checkout-api.html` has no element with id `no-such-section`"),
            "\(result.stderr)")
        #expect(!result.stderr.contains("#monitoring-and-alerting"), "\(result.stderr)")
    }
}
