import Testing
@testable import CommonMark

@Suite struct LinkSafetyTests {
    @Test(arguments: [
        "http://example.com", "https://example.com/x?y#z", "HTTPS://EXAMPLE.COM", "mailto:a@b.c",
        "MailTo:a@b.c", "#anchor", "/path", "../x.md", "x.md", "?q=1", "//host/x", "",
        "  https://leading.space", "path/with:colon", "#frag:colon",
    ])
    func allowed(_ url: String) {
        #expect(LinkSafety.isAllowed(url))
    }

    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\u{1}javascript:x",
        "java\tscript:x", "java\nscript:x", "java\rscript:x", "\u{0}javascript:x",
        "vbscript:msgbox", "data:text/html,<script>", "DATA:image/png;base64,AA", "file:///etc/passwd",
        "ftp://host/x", "unknown:thing", "http\u{0}:x", "https\u{1}://x", "mailtox:a", "httpss://x",
        "\u{A0}javascript:x", ":no-scheme-name",
        // Browsers would read these as relative paths; refusing is the safe
        // side of the "a colon before any / ? # is a scheme" rule.
        "%6Aavascript:alert(1)", "rel:path",
    ])
    func refused(_ url: String) {
        #expect(!LinkSafety.isAllowed(url))
    }
}
