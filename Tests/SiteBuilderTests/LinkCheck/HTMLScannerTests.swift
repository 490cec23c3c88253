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

    @Test func bodyLinkSetHoldsWhatThePageReadsOfTheSameHTML() {
        let html = ##"<p><a href="a.html#x&amp;y">a</a><img src="i.png"><a href="a.html#x&amp;y">again</a><form action="f"></form><b id="q">"##
        #expect(PageLinks.linkSet(in: html) == Set(PageLinks(path: "p.html", html: html).links))
        #expect(PageLinks.linkSet(in: html) == ["a.html#x&y", "i.png", "f"])
    }
}
