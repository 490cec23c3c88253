import Readiness
import Testing
@testable import SiteBuilder

@Suite struct LinkCheckTests {
    @Test func brokenAuthorLinksAreReportedAtTheirLineAndColumn() throws {
        let fixture = try ReaderFixture()
        defer { fixture.remove() }
        let broken = fixture.diagnostics.filter { $0.ruleID == "broken-link" }
        let expected = [
            "[no such section](beta.html#no-such-section)", "[beta source](beta.md)",
            "[root](/reviews/beta.html)", "[far](../../up.html)",
        ].compactMap { ReaderFixture.position(of: $0, in: "reviews/alpha.md") }
        #expect(expected.count == 4)
        #expect(broken.map { [$0.location.line, $0.location.column] } == expected.map { [$0.line, $0.column] })
        #expect(broken.allSatisfy { $0.location.file == "Content/reviews/alpha.md" && $0.severity == .warning })
        let markdown = try #require(broken.first { $0.message.contains("beta.md") })
        #expect(markdown.hint?.contains("`beta.html`") == true)
        #expect(broken.first?.message.contains("no-such-section") == true)
    }

    @Test func layoutLinksOfTheRealLayoutsAreAllSound() throws {
        let fixture = try ReaderFixture()
        defer { fixture.remove() }
        #expect(fixture.diagnostics.filter { $0.ruleID == "layout-broken-link" }.map(\.message) == [])
    }

    @Test func aBrokenLayoutLinkIsAnErrorNamingThePage() {
        let pages = [
            RenderedPage(path: "index.html", html: ##"<main id="main"><a href="teams/index.html">t</a> <a href="#nope">x</a></main>"##),
            RenderedPage(path: "teams/index.html", html: ##"<a href="../index.html#main">home</a><img src="../missing.png" alt="">"##),
        ]
        let links = pages.map { PageLinks($0, baseURL: nil) }
        let checker = LinkChecker(pages: links, otherFiles: [], baseURL: nil)
        let diagnostics = checker.layoutDiagnostics(links, bodies: [], layoutsDisplay: "Layouts")
        #expect(diagnostics.map(\.ruleID) == ["layout-broken-link", "layout-broken-link"])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.kind == .content })
        #expect(diagnostics[0].message.contains("`index.html`") && diagnostics[0].message.contains("#nope"))
        #expect(diagnostics[1].message.contains("`teams/index.html`") && diagnostics[1].message.contains("missing.png"))
    }

    @Test func pagesOfOneFolderShareVerdictsButNotTheirOwnAnchors() {
        let pages = [
            RenderedPage(path: "reviews/a.html", html: ##"<h2 id="x">A</h2><a href="#x">ok</a><a href="../gaps.html">gaps</a><a href="b.html#y">b</a>"##),
            RenderedPage(path: "reviews/b.html", html: ##"<h2 id="y">B</h2><a href="#x">broken</a><a href="../gaps.html">gaps</a><a href="a.html#y">a</a>"##),
            RenderedPage(path: "gaps.html", html: ##"<a href="reviews/a.html#x">a</a><a href="b.html">missing</a>"##),
        ]
        let links = pages.map { PageLinks($0, baseURL: nil) }
        let checker = LinkChecker(pages: links, otherFiles: [], baseURL: nil)
        let messages = checker.layoutDiagnostics(links, bodies: [], layoutsDisplay: "Layouts").map(\.message)
        #expect(messages.count == 3, "\(messages)")
        #expect(messages.contains { $0.contains("`reviews/b.html`") && $0.contains("`#x`") })
        #expect(messages.contains { $0.contains("`reviews/b.html`") && $0.contains("`a.html#y`") })
        #expect(messages.contains { $0.contains("`gaps.html`") && $0.contains("`b.html`") })
    }

    @Test func linksResolveRelativeToTheirPage() {
        #expect(LinkTarget.resolve("../gaps.html#x", on: "reviews/a.html") == .page(path: "gaps.html", fragment: "x"))
        #expect(LinkTarget.resolve("#top", on: "reviews/a.html") == .page(path: "reviews/a.html", fragment: "top"))
        #expect(LinkTarget.resolve("b.html?q=1", on: "reviews/a.html") == .page(path: "reviews/b.html", fragment: ""))
        #expect(LinkTarget.resolve("../teams/", on: "reviews/a.html") == .page(path: "teams/index.html", fragment: ""))
        #expect(LinkTarget.resolve("caf%C3%A9.html", on: "a.html") == .page(path: "café.html", fragment: ""))
        #expect(LinkTarget.resolve("https://x.example/", on: "a.html") == .external)
        #expect(LinkTarget.resolve("mailto:a@b", on: "a.html") == .external)
        #expect(LinkTarget.resolve("//cdn.example/x.js", on: "a.html") == .external)
        #expect(LinkTarget.resolve("https://s.example/docs/gaps.html", on: "teams/x.html", baseURL: "https://s.example/docs/")
                == .page(path: "gaps.html", fragment: ""))
        if case .outside = LinkTarget.resolve("/x.html", on: "a.html") {} else { Issue.record("root-relative link accepted") }
        if case .outside = LinkTarget.resolve("../../x.html", on: "a/b.html") {} else { Issue.record("climbing link accepted") }
    }

    @Test func scannerReadsAttributesButNotScriptsOrComments() {
        let html = ##"<!-- <a href="c.html"> --><a class=x href='a.html?x=1&amp;y=2'>a</a><script>var s = '<a href="s.html">';</script><p id="p1">"##
        let attributes = HTMLScanner.attributes(in: html)
        #expect(attributes.filter { $0.name == "href" }.map(\.value) == ["a.html?x=1&y=2"])
        #expect(attributes.filter { $0.name == "id" }.map(\.value) == ["p1"])
    }
}
