import Testing
@testable import SiteBuilder

@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveSpecialCharacters() {
        #expect(HTMLEscaping.escape(#"<a href="x" title='y'>&</a>"#)
            == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
    }

    @Test func escapesAQuoteFollowedByACombiningMark() {
        // One Swift Character ("\"" + U+0301); must still lose its quote.
        let hostile = "\"\u{301} onmouseover=alert(1) x=\"\u{301}"
        let escaped = HTMLEscaping.escape(hostile)
        #expect(!escaped.unicodeScalars.contains("\""))
        #expect(escaped.hasPrefix("&quot;\u{301}"))
    }

    @Test func leavesPlainTextAlone() {
        #expect(HTMLEscaping.escape("Payments API — v2 ✓") == "Payments API — v2 ✓")
    }
}
