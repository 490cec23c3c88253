import Testing
@testable import SiteBuilder

/// A page keeps only the links the check could find broken; dropping the
/// others must never hide a broken link.
@Suite struct PageLinksTests {
    private static let base = "https://prr.example.com/docs/"

    private static let html = ##"""
        <link rel="canonical" href="https://prr.example.com/docs/reviews/a.html">
        <a href="#top">top</a><h2 id="top">Top</h2><a href="#missing">gone</a><a href="">self</a><a href="?q=1">query</a>
        <a href=" #top">spaced</a><a href="a.html#top">self by name</a><a href="a.html#nowhere">self, no id</a>
        <a href="https://prr.example.com/docs/reviews/a.html#top">self by address</a>
        <a href="https://prr.example.com/docs/reviews/b.html">other by address</a>
        <a href="https://elsewhere.example.com/x">away</a><a href="mailto:team@example.com">mail</a><a href="//cdn.example.com/x.js">cdn</a>
        <a href="b.html">peer</a><a href="../index.html">home</a><a href="../../up.html">above</a><a href="/root.html">rooted</a>
        <img src="../assets/i.png"><a href="b.html#s">peer's section</a><a href="%23top">encoded</a>
        """##

    @Test func keepsWhatTheCheckCouldReportAndDropsTheRest() {
        let page = PageLinks(path: "reviews/a.html", html: Self.html, baseURL: Self.base)
        // Without the list of files written, every other page is kept.
        #expect(page.links == [
            "#missing", "a.html#nowhere", "https://prr.example.com/docs/reviews/b.html", "b.html", "../index.html",
            "../../up.html", "/root.html", "../assets/i.png", "b.html#s", "%23top",
        ])
        #expect(page.ids.contains("top"))
        #expect(!page.ids.contains("missing"))
    }

    @Test func linksToFilesBeingWrittenAreDroppedUnlessTheyNameAnID() {
        let writing: Set<String> = ["reviews/a.html", "reviews/b.html", "index.html", "assets/i.png"]
        let page = PageLinks(path: "reviews/a.html", html: Self.html, baseURL: Self.base, writing: writing)
        // `b.html#s` waits for b.html's ids; `../../up.html` leaves the site.
        #expect(page.links == ["#missing", "a.html#nowhere", "../../up.html", "/root.html", "b.html#s", "%23top"])
    }

    @Test func linksToIDsOfPagesWrittenAlreadyAreCheckedAtOnce() {
        let writing: Set<String> = ["reviews/a.html", "reviews/b.html", "index.html", "assets/i.png"]
        let other = PageLinks(path: "reviews/b.html", html: #"<h2 id="s">S</h2>"#)
        let page = PageLinks(
            path: "reviews/a.html", html: Self.html + #"<a href="b.html#t">peer's missing section</a>"#,
            baseURL: Self.base, writing: writing, written: ["reviews/b.html": other.ids])
        // `b.html#s` is there; `b.html#t` is not, and is kept for the check to report.
        #expect(page.links == ["#missing", "a.html#nowhere", "../../up.html", "/root.html", "%23top", "b.html#t"])
        let checker = LinkChecker(pages: [page, other], otherFiles: ["index.html", "assets/i.png"], baseURL: Self.base)
        #expect(checker.problem(with: "b.html#t", on: page.path) != nil)
        #expect(checker.problem(with: "b.html#s", on: page.path) == nil)
    }

    @Test(arguments: [false, true]) func noDroppedLinkIsBroken(knowingFilesWritten: Bool) {
        // Pages whose own links the check judges: every link of each page, kept or not.
        let paths = ["reviews/a.html", "reviews/b.html", "index.html"]
        let writing = knowingFilesWritten ? Set(paths + ["assets/i.png"]) : nil
        let pages = paths.map { PageLinks(path: $0, html: Self.html, baseURL: Self.base, writing: writing) }
        let checker = LinkChecker(pages: pages, otherFiles: ["assets/i.png"], baseURL: Self.base)
        for page in pages {
            for link in PageLinks.linkSet(in: Self.html) where !page.links.contains(link) {
                #expect(checker.problem(with: link, on: page.path) == nil, "\(page.path): \(link)")
            }
            #expect(page.links.contains { checker.problem(with: $0, on: page.path) != nil })
        }
    }

    @Test func withoutAnAddressAbsoluteLinksLeaveTheSite() {
        let page = PageLinks(path: "reviews/a.html", html: Self.html)
        #expect(!page.links.contains { $0.hasPrefix("https:") })
    }

    /// Links read as external from their bytes are exactly those `LinkTarget`
    /// resolves to another address: every triple of edge pieces (schemes,
    /// the site's address, entities, spaces, combining and compatibility
    /// characters), under addresses ASCII, absent and not.
    @Test func linksSkippedAsExternalAreExactlyTheExternalOnes() {
        let pieces = ["https:", "//", "/", "a", "A1+.-", ":", "_", "x.html", "#top", "&amp;", " ", "\u{301}", "\u{212A}",
                      "é", "%3A", "prr.example.com/docs/", "K.example/", "\t", "https://", ".example/",
                      "https://prr.example.com/docs", "https://prr.example.com/d&#111;cs/"]
        let bases: [String?] = [nil, "", Self.base, "https://\u{212A}.example/", "https://K.example/",
                                "https://prr.example.com/docs/ "]
        for base in bases {
            for first in pieces {
                for second in pieces {
                    for third in pieces {
                        let value = first + second + third
                        let link = HTMLScanner.decodeEntities(value)
                        let page = PageLinks(path: "reviews/a.html", html: "<a href=\"\(value)\">", baseURL: base)
                        let kept = PageLinks.needsCheck(link, on: page.path, ids: PageIDs(), baseURL: base)
                        #expect(page.links == (kept ? [link] : []), "\(value.debugDescription) under \(String(describing: base))")
                    }
                }
            }
        }
    }
}
