import Foundation
import Testing
@testable import SiteBuilder

@Suite struct PageStructureTests {
    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func everyPageHasOneHeadingOneAndTheLandmarks() throws {
        let fixture = try ReaderFixture()
        defer { fixture.remove() }
        #expect(fixture.pages.count > 5)
        for (path, html) in fixture.pages {
            #expect(count("<h1", in: html) == 1, "\(path) must have exactly one h1")
            #expect(count("<main", in: html) == 1, "\(path) must have one main")
            #expect(html.contains("<header class=\"site-header\"") && html.contains("<footer"), "\(path) lacks header or footer")
            #expect(html.contains("<nav aria-label=\"Site\""), "\(path) lacks the site navigation")
        }
    }

    /// Layouts never write root-relative links; the one an author wrote in
    /// alpha's body stays (it is reported as `broken-link`).
    @Test func noLinkStartsWithASlash() throws {
        let fixture = try ReaderFixture(baseURL: nil)
        defer { fixture.remove() }
        for (path, html) in fixture.pages {
            let absolute = HTMLScanner.attributes(in: html)
                .filter { ["href", "src", "action"].contains($0.name) && $0.value.hasPrefix("/") }
            #expect(absolute.map(\.value) == (path == "reviews/alpha.html" ? ["/reviews/beta.html"] : []),
                    "\(path) has root-relative links")
        }
    }

    @Test func notFoundPageExistsAndUsesTheBaseURL() throws {
        let fixture = try ReaderFixture()
        defer { fixture.remove() }
        let page = try fixture.page("404.html")
        #expect(page.contains("<h1>Page not found</h1>"))
        #expect(page.contains(##"href="https://prr.example.com/docs/index.html""##))
        #expect(page.contains(##"href="https://prr.example.com/docs/assets/style.css""##))
        let relative = try ReaderFixture(baseURL: nil)
        defer { relative.remove() }
        #expect(try relative.page("404.html").contains(##"<link rel="stylesheet" href="assets/style.css">"##))
    }

    @Test func breadcrumbsOnEveryPageButHome() throws {
        let fixture = try ReaderFixture()
        defer { fixture.remove() }
        for (path, html) in fixture.pages {
            let crumbs = count(##"<nav aria-label="Breadcrumb""##, in: html)
            #expect(crumbs == (path == "index.html" ? 0 : 1), "\(path) has \(crumbs) breadcrumb trails")
        }
        let review = try fixture.page("reviews/alpha.html")
        #expect(review.contains(##"<li><a href="../index.html">Home</a></li><li><span aria-current="page">Alpha launch</span></li>"##))
        #expect(try fixture.page("teams/team-a.html").contains(##"<li><a href="../teams/index.html">Teams</a></li><li><span aria-current="page">"##))
    }

    @Test func headingsWithIDsGetAnchorLinks() throws {
        let fixture = try ReaderFixture()
        defer { fixture.remove() }
        let review = try fixture.page("reviews/alpha.html")
        #expect(review.contains(##"<h2 id="monitoring-and-alerting">Monitoring and alerting <a class="nav-anchor" href="#monitoring-and-alerting" aria-label="Link to this section">#</a></h2>"##))
        // The author's `# Alpha` became an h2 with its anchor.
        #expect(review.contains(##"<h2 id="alpha">Alpha <a class="nav-anchor" href="#alpha""##))
        let page = Array("<h1 id=\"t\">T</h1><h3>x</h3>".utf8)
        #expect(HeadingAnchors.add(to: page) == page)
        // The anchor goes before the heading's own closing tag, past other
        // levels' and near misses; an `ID` in capitals counts, a heading
        // never closed gets none.
        let mixed = Array("<h2 ID=\"a\">x</h3></h</h2 ></h2><h4 id=b>y</h4><h5 id=c>z</h4></h".utf8)
        let anchor = { (id: String) in " <a class=\"nav-anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a>" }
        #expect(String(decoding: HeadingAnchors.add(to: mixed), as: UTF8.self)
            == "<h2 ID=\"a\">x</h3></h</h2 >\(anchor("a"))</h2><h4 id=b>y\(anchor("b"))</h4><h5 id=c>z</h4></h")
    }

    @Test func headPointsAtFeedIconAndCanonical() throws {
        let fixture = try ReaderFixture()
        defer { fixture.remove() }
        let page = try fixture.page("teams/team-a.html")
        #expect(page.contains(##"<link rel="alternate" type="application/atom+xml" title="Reader test: recently reviewed" href="../feed.xml">"##))
        #expect(page.contains(##"<link rel="icon" href="../assets/favicon.svg" type="image/svg+xml">"##))
        #expect(page.contains(##"<link rel="canonical" href="https://prr.example.com/docs/teams/team-a.html">"##))
        #expect(page.contains(##"action="../search.html""##))
    }

    @Test func searchPageWorksWithoutJavaScript() throws {
        let fixture = try ReaderFixture()
        defer { fixture.remove() }
        let page = try fixture.page("search.html")
        #expect(page.contains(##"<label for="search-q">"##) && page.contains(##"<input id="search-q" type="search" name="q""##))
        #expect(page.contains("Search needs JavaScript"))
        for service in ["alpha", "beta", "gamma"] {
            #expect(page.contains(##"<a href="reviews/\##(service).html">"##))
        }
        #expect(page.contains(##"<script src="assets/search.js" defer></script>"##))
    }
}
