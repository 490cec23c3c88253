import Testing
@testable import SiteBuilder

/// `SafeURL` reads bytes; these hold it to the scalar reading it replaced.
@Suite struct SafeURLTests {
    static let hostile = [
        "https://example.com/", "HTTPS://EXAMPLE.COM", "HtTp://x", "mailto:a@b.example", "MAILTO:a@b",
        "javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
        "java\rscript:x", " \u{0}\u{1F}javascript:x", "\t\n https://x", "h\tt\nt\rp:x", "ht tp:x",
        "data:text/html,<b>", "file:///etc/passwd", "vbscript:x", "javascript%3Aalert(1)", "%6Aavascript:x",
        "http%3A//x", "other.html", "../a.html#x", "?q=a:b", "#a:b", "/a:b", "a/b:c", ":", ":x", "", " ",
        "\u{7F}javascript:x", "\u{A0}javascript:x", "\u{212A}ttp:x", "ht\u{212A}p:x", "htt\u{0070}:x",
        "h\u{0301}ttp:x", "https\u{200B}:x", "mailto\u{0}:x", "https:", "httpss:x", "http", "mailtox:y",
        "ｈｔｔｐ:x", "İttp:x", "ﬁle:x", "https://例え.jp", "caf\u{E9}:x", "\u{FEFF}https://x", "javascript\u{0}:x",
    ]

    @Test func agreesWithTheScalarReadingOnHostileURLs() {
        for url in Self.hostile {
            #expect(SafeURL.isSafe(url) == ScalarOracle.isSafe(url), "\(url.debugDescription)")
        }
    }

    @Test func agreesWithTheScalarReadingOnEveryShortMix() {
        let alphabet = ["http", "HtTpS", "mailto", "javascript", "h", "T", "p", "s", "m", ":", "/", "?", "#", "\t", "\n",
                        "\r", " ", "\u{0}", "\u{1}", "\u{7F}", "%", "\u{212A}", "é", "\u{301}"]
        for url in ScalarOracle.strings(from: alphabet, upTo: 3, sampled: 20_000, sampleLength: 6) {
            #expect(SafeURL.isSafe(url) == ScalarOracle.isSafe(url), "\(url.debugDescription)")
        }
    }

    @Test func onlyWebAndMailSchemesAreLinks() {
        #expect(SafeURL.isSafe("HTTPS://x") && SafeURL.isSafe("mailto:a@b") && SafeURL.isSafe("notes/a.html"))
        #expect(!SafeURL.isSafe("java\tscript:x") && !SafeURL.isSafe(" \u{1}javascript:x") && !SafeURL.isSafe("\u{212A}ttp:x"))
    }
}
