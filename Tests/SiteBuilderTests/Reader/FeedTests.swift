import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SiteBuilder

/// Collects the elements and their text from an XML document, failing on
/// any parse error, so a test sees exactly what a feed reader would.
final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, text: String, attributes: [String: String])] = []
    private var stack: [(String, String, [String: String])] = []

    static func parse(_ text: String) -> XMLCollector? {
        let collector = XMLCollector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        stack.append((name, "", attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.isEmpty { stack[stack.count - 1].1 += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard let last = stack.popLast() else { return }
        elements.append((last.0, last.1, last.2))
    }

    func texts(_ name: String) -> [String] { elements.filter { $0.name == name }.map(\.text) }
}

@Suite struct FeedTests {
    @Test func atomFeedListsReviewsNewestFirstDatedByReviewDate() throws {
        let fixture = try ReaderFixture()
        defer { fixture.remove() }
        let feed = try #require(XMLCollector.parse(try fixture.file("feed.xml")))
        // Entry titles, newest review first; the hostile title survives as text.
        let titles = feed.texts("title")
        #expect(titles == ["Reader test", ReaderFixture.hostileTitle, "Alpha launch", "Gamma"])
        #expect(feed.texts("updated") == ["2026-11-20T00:00:00Z", "2026-11-20T00:00:00Z", "2026-11-01T00:00:00Z",
                                          "2026-09-05T00:00:00Z"])
        #expect(feed.texts("id").contains("https://prr.example.com/docs/reviews/alpha.html"))
        let alternate = feed.elements.filter { $0.name == "link" && $0.attributes["rel"] == "alternate" }.compactMap { $0.attributes["href"] }
        #expect(alternate.contains("https://prr.example.com/docs/reviews/gamma.html"))
    }

    @Test func feedKeepsTheNewestFifty() {
        #expect(AtomFeed.limit == 50)
    }

    @Test func feedWithoutBaseURLHasStableIDs() throws {
        let fixture = try ReaderFixture(baseURL: nil)
        defer { fixture.remove() }
        let feed = try #require(XMLCollector.parse(try fixture.file("feed.xml")))
        #expect(feed.texts("id").contains("urn:prr:reviews/beta.html"))
        #expect(fixture.files["sitemap.xml"] == nil)
        let again = try ReaderFixture(baseURL: nil)
        defer { again.remove() }
        #expect(try again.file("feed.xml") == (try fixture.file("feed.xml")))
    }

    @Test func sitemapHasEveryPageButThe404AsAbsoluteURLs() throws {
        let fixture = try ReaderFixture()
        defer { fixture.remove() }
        let sitemap = try #require(XMLCollector.parse(try fixture.file("sitemap.xml")))
        let locations = sitemap.texts("loc")
        let expected = fixture.pages.keys.filter { $0 != "404.html" }.sorted().map { "https://prr.example.com/docs/" + $0 }
        #expect(locations == expected)
        #expect(locations.contains("https://prr.example.com/docs/search.html"))
        #expect(sitemap.texts("lastmod").contains("2026-11-01"))
    }

    @Test func xmlTextDropsForbiddenControlCharacters() throws {
        let escaped = XMLText.escape("a\u{1}b<c>&\"'")
        #expect(escaped == "ab&lt;c&gt;&amp;&quot;&#39;")
        #expect(XMLCollector.parse("<t>\(escaped)</t>")?.texts("t") == ["ab<c>&\"'"])
    }

    /// The byte test that lets most text skip the filter agrees with the
    /// scalar test on every mix of allowed and forbidden scalars, including
    /// the neighbours of U+FFFE and U+FFFF that share their first bytes.
    @Test func theByteTestForForbiddenCharactersAgreesWithTheScalarTest() {
        let pieces: [Unicode.Scalar] = [
            "a", "<", "\u{0}", "\u{1}", "\u{8}", "\t", "\n", "\u{B}", "\r", "\u{1F}", " ", "\u{7F}", "é",
            "\u{D7FF}", "\u{E000}", "\u{FFBF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{EFBF}", "\u{1F680}", "\u{10FFFF}",
        ]
        var checked = 0
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    var scalars = String.UnicodeScalarView()
                    scalars.append(contentsOf: [first, second, third])
                    let text = String(scalars)
                    let expected = text.unicodeScalars.allSatisfy(XMLText.isAllowed)
                    #expect(XMLText.isAllAllowed(text) == expected, "\(text.debugDescription)")
                    #expect(XMLText.escape(text) == HTMLEscaping.escape(String(String.UnicodeScalarView(text.unicodeScalars.filter(XMLText.isAllowed)))))
                    checked += 1
                }
            }
        }
        #expect(checked == pieces.count * pieces.count * pieces.count)
    }
}
