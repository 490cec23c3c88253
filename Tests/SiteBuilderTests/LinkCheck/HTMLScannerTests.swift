import Testing
@testable import SiteBuilder

/// The scanner compares names as bytes; these hold that to comparing the
/// lowercased names, and pin what it reads from markup written in capitals.
@Suite struct HTMLScannerTests {
    @Test func namesMatchAsLowercasedStringsWould() {
        let names = ["href", "HREF", "HrEf", "src", "SRC", "action", "ACTION", "id", "ID", "Id", "style", "STYLE", "script",
                     "SCRİPT", "\u{212A}", "hre", "hrefs", "ıd", "íd", "i\u{301}d", "h\u{0}ref", "", "sTyLe", "scrİpt"]
        let wanted: [StaticString] = ["href", "src", "action", "id", "script", "style"]
        for name in names {
            var html = "<p \(name)=v>"
            html.withUTF8 { bytes in
                let slice = bytes[3..<(3 + name.utf8.count)]
                for target in wanted {
                    #expect(HTMLScanner.isName(slice, target) == (name.lowercased() == "\(target)"), "\(name) vs \(target)")
                }
            }
        }
    }

    @Test func capitalizedMarkupIsReadLikeLowercase() {
        let html = ##"<A HREF="a.html" ID=top Action='f.html'><IMG SRC=i.png ALT><SCRIPT>x = '<a href="s.html">'</SCRIPT><a href="after.html">"##
        let attributes = HTMLScanner.attributes(in: html)
        #expect(attributes.map(\.tag) == ["a", "a", "a", "img", "img"])
        #expect(attributes.map(\.name) == ["href", "id", "action", "src", "alt"])
        #expect(attributes.map(\.value) == ["a.html", "top", "f.html", "i.png", ""])
        let page = PageLinks(path: "p.html", html: html)
        #expect(page.links == ["a.html", "f.html", "i.png"] && page.ids == PageIDs(["top"]))
    }

    /// The one-pass scan reports what finding each tag's end first and
    /// reading its attributes after did: every string of up to four pieces
    /// of markup, stray quotes, `=`, `/`, comments and scripts included, and
    /// a fixed sample of longer ones.
    @Test func readingTagsInOnePassMatchesFindingTheirEndsFirst() {
        let pieces = ["<a", "<", ">", "\"", "'", " ", "=", "/", "x", "id", "<!--", "-->", "</b>", "<script>", "</script", "é"]
        for html in ScalarOracle.strings(from: pieces, upTo: 4, sampled: 20_000, sampleLength: 14) {
            #expect(HTMLScanner.attributes(in: html) == TagScanOracle.attributes(in: html), "\(html.debugDescription)")
        }
    }

    @Test func bodyLinkSetHoldsWhatThePageReadsOfTheSameHTML() {
        let html = ##"<p><a href="a.html#x&amp;y">a</a><img src="i.png"><a href="a.html#x&amp;y">again</a><form action="f"></form><b id="q">"##
        #expect(PageLinks.linkSet(in: html) == Set(PageLinks(path: "p.html", html: html).links))
        #expect(PageLinks.linkSet(in: html) == ["a.html#x&y", "i.png", "f"])
    }

    /// Quotes hide `>` and the other quote. A quote inside an unquoted
    /// value still opens a quoted stretch for finding the tag's end, so
    /// `u"v` swallows the tags up to the `>` after its closing quote (in
    /// `data-x`'s value) and the scan picks up again after that. Pinned to
    /// what the byte-by-byte scan read before quotes were skipped with `memchr`.
    @Test func quotesDecideWhereATagEnds() {
        let html = ##"<a title="x > 'y'" href='b.html' id=u"v><i>"##
            + ##"<p data-x='a"b' class=k>"##
            + ##"<img alt="it's" src=c.png>"##
            + ##"<b title="never closed>"##
            + ##"<a href="lost.html">"##
        let attributes = HTMLScanner.attributes(in: html)
        #expect(attributes.map(\.tag) == ["a", "a", "a", "a"])
        #expect(attributes.map(\.name) == ["title", "href", "id", "href"])
        #expect(attributes.map(\.value) == ["x > 'y'", "b.html", "u\"v", "lost.html"])
        // A quote that never closes ends the scan.
        #expect(HTMLScanner.attributes(in: ##"<a href="x.html"><b title="open><a href="y.html">"##).map(\.value) == ["x.html"])
    }
}
