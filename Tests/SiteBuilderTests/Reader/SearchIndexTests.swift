import Foundation
import Testing
@testable import SiteBuilder

@Suite struct SearchIndexTests {
    func index(_ fixture: ReaderFixture) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(try fixture.file("search-index.json").utf8)) as? [String: Any]
        #expect(object?["schema"] as? String == "prr.search/1")
        return try #require(object?["pages"] as? [[String: Any]])
    }

    @Test func listsEveryReviewWithWhatReadersSearchFor() throws {
        let fixture = try ReaderFixture()
        defer { fixture.remove() }
        let pages = try index(fixture)
        #expect(pages.map { $0["url"] as? String } == ["reviews/alpha.html", "reviews/beta.html", "reviews/gamma.html"])
        let alpha = pages[0]
        #expect(alpha["service"] as? String == "alpha")
        #expect(alpha["title"] as? String == "Alpha launch")
        #expect(alpha["owner"] as? String == "group:team-a")
        #expect(alpha["tier"] as? Int == 1)
        #expect(alpha["status"] as? String == "In review")
        #expect((alpha["headings"] as? [String])?.contains("Monitoring and alerting") == true)
        #expect((alpha["text"] as? String)?.contains("beta's monitoring") == true)
    }

    @Test func bodyTextIsTrimmedSoTheIndexStaysSmall() throws {
        let fixture = try ReaderFixture()
        defer { fixture.remove() }
        let gamma = try #require(try index(fixture).first { $0["service"] as? String == "gamma" })
        let text = try #require(gamma["text"] as? String)
        #expect(text.count <= PlainTextExcerpt.defaultLength + 1)
        #expect(text.hasSuffix("…"))
        #expect(text.hasPrefix("Capacity and scaling Capacity planning paragraph"))
        #expect(!text.contains("<"))
        #expect(try fixture.file("search-index.json").utf8.count < 4_000)
    }

    @Test func hostileTitlesRoundTripExactly() throws {
        let fixture = try ReaderFixture()
        defer { fixture.remove() }
        let beta = try #require(try index(fixture).first { $0["service"] as? String == "beta" })
        #expect(beta["title"] as? String == ReaderFixture.hostileTitle)
        // The search page lists the same title escaped, never as markup.
        let search = try fixture.page("search.html")
        #expect(!search.contains("<b>\"bold\"</b>"))
        #expect(search.contains("&lt;b&gt;&quot;bold&quot;&lt;/b&gt;"))
    }

    @Test func excerptDecodesEntitiesAndDropsTags() {
        let text = PlainTextExcerpt.make(fromHTML: "<p>A &amp; B</p><ul><li>one</li><li>two &lt;x&gt;</li></ul>")
        #expect(text == "A & B one two <x>")
        #expect(PlainTextExcerpt.cut("aaa bbb ccc", at: 6) == "aaa…")
    }

    @Test func excerptCollapsesUnicodeWhitespaceAndKeepsOtherText() {
        // No-break, ideographic and line-separator spaces are spaces; an em
        // dash, accented letters, CJK and emoji are text.
        let html = "<p>caf\u{E9}\u{A0}\u{A0}na\u{308}ive\u{3000}\u{6F22}\u{5B57}\u{2028}\u{2014}\r\n\u{1F680}\tend</p>"
        #expect(PlainTextExcerpt.make(fromHTML: html) == "caf\u{E9} na\u{308}ive \u{6F22}\u{5B57} \u{2014} \u{1F680} end")
    }

    @Test func excerptOfLongTextEndsAtAWordWithinTheLength() {
        let words = (1...200).map { "w\($0)" }.joined(separator: " \u{A0}")
        let text = PlainTextExcerpt.make(fromHTML: "<p>" + words + "</p>")
        #expect(text.count <= PlainTextExcerpt.defaultLength + 1)
        #expect(text.hasPrefix("w1 w2 w3 ") && text.hasSuffix("…"))
        #expect(!text.dropLast().hasSuffix(" "))
    }

    @Test func byteExcerptsReadAsTheScalarReadingDoes() {
        // Markup, entities that decode to spaces, `\r\n`, combining marks or
        // other text, scalars that stand alone (accents, dashes, no-break
        // spaces) and ones that join their neighbours (combining marks,
        // joiners, prepended and wide scalars), which send the byte reading
        // back to scalars.
        let pieces = [
            "<p>", "</p>", "<a href=\"x&amp;y\">", ">", "<", "&amp;", "&#32;", "&#13;&#10;", "&#233;", "&#x301;", "&lt;",
            "&", "&bogus;", " ", "\t", "\n", "\r\n", "word", "a", "\u{E9}", "\u{2014}", "\u{A0}", "\u{2026}", "\u{301}",
            "\u{200D}", "\u{600}", "\u{1F680}", "\u{3000}", "\u{2028}", "<b title=\"\u{301}\">",
        ]
        for length in [3, 8, 300] {
            let samples = ScalarOracle.strings(from: pieces, upTo: 2, sampled: 3_000, sampleLength: length == 3 ? 6 : 40)
            for html in samples {
                #expect(PlainTextExcerpt.make(fromHTML: html, length: length)
                    == PlainTextExcerpt.scalarExcerpt(html, length: length), "\(html.debugDescription)")
            }
        }
        #expect(PlainTextExcerpt.byteExcerpt("<p>caf\u{E9} \u{2014} na\u{EF}ve</p>", length: 10) == "caf\u{E9} \u{2014}…")
        #expect(PlainTextExcerpt.byteExcerpt("<p>cafe\u{301}</p>", length: 10) == nil)
        #expect(PlainTextExcerpt.byteExcerpt("<p title=\"\u{301}\">cafe</p>", length: 10) == "cafe")
    }

    @Test func searchScriptBuildsResultsWithoutInnerHTML() throws {
        let script = try String(contentsOf: ReaderFixture.layoutsFolder.appendingPathComponent("search.js"), encoding: .utf8)
        #expect(!script.contains("innerHTML"))
        #expect(!script.contains("http://") && !script.contains("https://"))
        #expect(script.contains("textContent"))
    }
}
