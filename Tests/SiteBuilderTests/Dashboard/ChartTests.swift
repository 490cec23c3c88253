import Foundation
import Testing
@testable import SiteBuilder
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The inline SVG charts are well-formed XML, escape their labels and carry
/// a text alternative.
@Suite struct ChartTests {
    static let hostile = #"<script>alert("x")</script> & 'q'"#

    /// Parses markup as XML and collects every text node, or fails.
    final class TextCollector: NSObject, XMLParserDelegate {
        var text: [String] = []
        var elements: [String] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) { elements.append(name) }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text.append(string) }
    }

    static func parse(_ markup: String) -> (ok: Bool, collector: TextCollector) {
        let parser = XMLParser(data: Data(markup.utf8))
        let collector = TextCollector()
        parser.delegate = collector
        return (parser.parse(), collector)
    }

    @Test func hostileLabelsAreEscapedAndTheSVGParses() {
        let chart = BarChart(id: "c1", title: "Title " + Self.hostile, bars: [
            .init(label: Self.hostile, value: 3), .init(label: "plain", value: 0),
        ])
        let svg = chart.svg()
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        let (ok, collector) = Self.parse(svg)
        #expect(ok)
        #expect(!collector.elements.contains("script"))
        // The parser gives the label back exactly: escaped, not mangled.
        #expect(collector.text.joined().contains(Self.hostile))
    }

    @Test func chartHasARoleTitleAndADescriptionOfEveryBar() {
        let chart = BarChart(id: "c2", title: "Reviews by status", bars: [
            .init(label: "Draft", value: 2), .init(label: "Launched", value: 1_200),
        ])
        let svg = chart.svg()
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"c2-title c2-desc\""))
        #expect(svg.contains("<title id=\"c2-title\">Reviews by status</title>"))
        #expect(svg.contains("<desc id=\"c2-desc\">Draft: 2; Launched: 1,200</desc>"))
        // The numbers are drawn as text beside the bars, not shown by length alone.
        #expect(svg.contains(">1,200</text>"))
        let rows = chart.values()["rows"]?.asList
        #expect(rows?.compactMap { $0["value"]?.asString } == ["2", "1,200"])
    }

    @Test func chartsOnTheHomePageParseAndShowTheSameNumbersAsTheirTables() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let home = try fixture.page(SiteURLs.home)
        var rest = home[...]
        var count = 0
        while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            let svg = String(rest[start.lowerBound..<end.upperBound])
            #expect(Self.parse(svg).ok, "\(svg)")
            count += 1
            rest = rest[end.upperBound...]
        }
        #expect(count == 3)
        let open = fixture.openFindings.count
        let categoryChart = DashboardValues.categoryChart(GapIndex(fixture.site), site: fixture.site)
        let values = categoryChart["rows"]?.asList?.compactMap { $0["value"]?.asString.flatMap { Int($0) } }
        #expect(values?.reduce(0, +) == open)
        let notReady = fixture.site.validations.filter { $0.findings.contains { $0.acceptance == nil } }.count
        #expect(home.contains("<th scope=\"row\">Not ready</th><td>\(notReady)</td>"))
    }
}
