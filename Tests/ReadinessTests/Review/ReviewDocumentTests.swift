import CommonMark
import Foundation
import Testing
@testable import Readiness

@Suite struct ReviewDocumentTests {
    private func document(body: String, siteURL: String?, bodies: BodyStore? = nil) throws -> ReviewDocument {
        let text = "---\nservice: payments-api\ntier: 1\nowner: group:payments\nstatus: draft\n---\n" + body
        let review = try #require(ReviewParser.parse(SourceText(path: "reviews/payments-api.md", text: text)).0)
        return ParsedReview(review: review, policy: .default, options: MarkdownRenderOptions(), siteURL: siteURL, bodies: bodies).document
    }

    @Test func aBodyKeptInAStoreReadsAsTheOneKeptInMemory() throws {
        let store = try #require(BodyStore(folder: FileManager.default.temporaryDirectory))
        let body = "## Überblick — 概要\n\nLatency **p99 ≤ 250 ms** 🚀\n\n- [x] Runbook\n- [ ] Load test\n"
        let inMemory = try document(body: body, siteURL: nil)
        let spilled = try document(body: body, siteURL: nil, bodies: store)
        #expect(inMemory.bodyHTML.contains("<strong>p99 ≤ 250 ms</strong> 🚀"))
        #expect(spilled.bodyHTML == inMemory.bodyHTML)
        #expect(try document(body: "", siteURL: nil, bodies: store).bodyHTML == "")
        #expect(store.failure == nil)
    }

    @Test func keepsOnlyLinksThatCanLeadIntoTheSite() throws {
        let body = """
            [relative](other.html) [fragment](#top) [parent](../gaps.html) [mail](mailto:a@example.com)
            [evidence](https://dash.example.com/d/1) [plain](http://wiki.example.com/x)
            [own](https://prr.example.com/gaps.html) [other scheme](HTTPS://dash.example.com/) [host-relative](//cdn.example.com/x)
            ![image](diagram.png)
            """
        let kept = try document(body: body, siteURL: "https://prr.example.com/").links.map(\.url)
        #expect(kept == ["other.html", "#top", "../gaps.html", "mailto:a@example.com", "https://prr.example.com/gaps.html",
                         "HTTPS://dash.example.com/", "//cdn.example.com/x", "diagram.png"])
        let withoutAddress = try document(body: body, siteURL: nil).links.map(\.url)
        #expect(!withoutAddress.contains { $0.hasPrefix("https://") || $0.hasPrefix("http://") })
        #expect(withoutAddress.count == kept.count - 1)
    }

    @Test func keptLinksKeepTheirPositions() throws {
        let doc = try document(body: "Intro\n\nSee [a](https://x.example/) then [b](b.html).\n", siteURL: nil)
        #expect(doc.links.map(\.url) == ["b.html"])
        #expect(doc.links.first?.line == 9 && doc.links.first?.column == 34)
    }
}
