import Readiness
import Testing
@testable import SiteBuilder

/// The layout check resolves a link once per run of pages and reads authors'
/// bodies only for pages with a broken link; these hold it to checking every
/// link of every page on its own.
@Suite struct LayoutCheckRunsTests {
    @Test func runsCoverEveryPageInOrderWithinOneFolderAndBudget() {
        let many = (0..<300).map { "<a href=\"r\($0).html\">" }.joined()
        let pages = ["index.html", "gaps.html", "reviews/a.html", "reviews/b.html", "teams/t.html", "reviews/c.html"]
            .map { PageLinks(path: $0, html: many) }
            + (0..<60).map { PageLinks(path: "reviews/p\($0).html", html: many) }
        let runs = FolderRuns.split(pages)
        #expect(runs.flatMap { Array($0) } == Array(pages.indices))
        for run in runs {
            #expect(Set(pages[run].map { FolderRuns.folder(of: $0.path) }).count == 1)
            #expect(run.count == 1 || pages[run].map(\.links.count).reduce(0, +) <= FolderRuns.linkBudget)
        }
        // 27 pages of 300 links fit a run's budget of 8,192.
        #expect(runs == [0..<2, 2..<4, 4..<5, 5..<32, 32..<59, 59..<66])
    }

    @Test func findsWhatCheckingEveryLinkOnItsOwnPageFinds() {
        // Many pages of one folder, so the runs split inside it; some links broken only from some folders.
        let pages = (0..<120).map { index in
            let folder = ["", "reviews/", "teams/"][index % 3]
            let html = ##"<h2 id="s\##(index)">x</h2><a href="#s\##(index)">self</a><a href="#s\##(index + 1)">next</a>"##
                + ##"<a href="../index.html">up</a><a href="p\##(index + 3).html">peer</a><a href="reviews/p1.html">down</a>"##
                + ##"<img src="../assets/i.png"><a href="https://x.example/\##(index)">out</a>"##
            return PageLinks(path: "\(folder)p\(index).html", html: html)
        }
        let checker = LinkChecker(pages: pages, otherFiles: ["index.html", "assets/i.png"], baseURL: nil)
        let expected = pages.flatMap { page in page.links.compactMap { checker.problem(with: $0, on: page.path).map { (page.path, $0) } } }
        let found = checker.layoutDiagnostics(pages, bodies: [], layoutsDisplay: "Layouts").map(\.message)
        #expect(found == expected.map { "the page `\($0.0)` has a broken link: \($0.1)" })
        #expect(found.count > 100)
    }

    @Test func aBodysLinksAreSkippedOnlyOnItsPage() {
        let html = ##"<main><p><a href="gone.html">mine</a></p><a href="gone.html">layout</a><a href="also-gone.html">layout</a></main>"##
        let pages = [PageLinks(path: "reviews/a.html", html: html), PageLinks(path: "reviews/b.html", html: html)]
        let body = AuthoredBody(page: "reviews/a.html", file: "Content/reviews/a.md",
                                body: RenderedBody(##"<p><a href="gone.html">mine</a></p>"##), links: [])
        let checker = LinkChecker(pages: pages, otherFiles: [], baseURL: nil)
        let messages = checker.layoutDiagnostics(pages, bodies: [body], layoutsDisplay: "Layouts").map(\.message)
        #expect(messages.count == 3, "\(messages)")
        #expect(!messages.contains { $0.contains("`reviews/a.html`") && $0.contains("`gone.html`") })
        #expect(messages.contains { $0.contains("`reviews/a.html`") && $0.contains("`also-gone.html`") })
        #expect(messages.filter { $0.contains("`reviews/b.html`") }.count == 2)
    }
}
