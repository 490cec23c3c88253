import Testing
@testable import SiteBuilder

/// `LinkTarget` finds delimiters, path parts and schemes by bytes; these
/// hold each to the Character reading it replaced, on text where the two
/// could part: a delimiter joined to a combining mark, a keycap, a prepended
/// scalar, non-ASCII paths and whitespace at either end.
@Suite struct LinkTargetFastPathTests {
    static let pieces = [
        "a", "b.html", "/", "..", ".", "#", "?", ":", "http", "x-1+", "%C3%A9", "%CC%81", "%2F", "%", "é",
        "\u{301}", "\u{20E3}", "\u{600}", "\u{200D}", " ", "\t", "\u{A0}", "\r\n", "\u{2028}",
    ]
    static let pages = ["index.html", "reviews/a.html", "a/\u{301}b.html", "\u{600}/x.html", "t/é/p.html", "a/b/"]

    static let mixes = ScalarOracle.strings(from: pieces, upTo: 3, sampled: 3_000, sampleLength: 6)

    @Test func findsDelimitersWhereCharactersDo() {
        for text in Self.mixes + Self.pages {
            for (delimiter, character) in [(UInt8(ascii: "#"), Character("#")), (UInt8(ascii: "?"), Character("?"))] {
                // Also from inside the text, as `resolve` searches what is left after the fragment.
                for start in [text.startIndex, text.index(text.startIndex, offsetBy: min(1, text.count))] {
                    let rest = text[start...]
                    #expect(LinkTarget.firstIndex(of: delimiter, in: rest) == rest.firstIndex(of: character), "\(text.debugDescription)")
                }
            }
        }
    }

    @Test func splitsPathsWhereCharactersDo() {
        // Parts are split after percent-decoding, which can make a combining mark follow a `/`.
        for text in Self.mixes + Self.pages + Self.mixes.map({ LinkTarget.percentDecoded(Substring($0)) }) {
            #expect(LinkTarget.pathParts(Substring(text)) == text.split(separator: "/", omittingEmptySubsequences: false),
                    "\(text.debugDescription)")
        }
    }

    /// Links to an id on their own page are read from their bytes; under
    /// every kind of site address they must resolve as the full reading does.
    @Test func ownPageFragmentsResolveAsTheFullReadingDoes() {
        let bases: [String?] = [nil, "", "#", "#a", "https://prr.example.com/"]
        for text in ScalarOracle.strings(from: Self.pieces, upTo: 2, sampled: 2_000, sampleLength: 5).map({ "#" + $0 }) {
            for base in bases {
                for page in ["reviews/a.html", "t/é/p.html"] {
                    #expect(LinkTarget.resolve(text, on: page, baseURL: base) == LinkTarget.resolveWritten(text, on: page, baseURL: base),
                            "\(text.debugDescription) on \(page) under \(String(describing: base))")
                }
            }
        }
    }

    @Test func resolvesLinksWithJoinedDelimitersAsCharacters() {
        #expect(LinkTarget.resolve("a.html#\u{20E3}x", on: "p.html") == .page(path: "a.html#\u{20E3}x", fragment: ""))
        #expect(LinkTarget.resolve("a.html#\u{E9}x", on: "p.html") == .page(path: "a.html", fragment: "\u{E9}x"))
        #expect(LinkTarget.resolve("a.html#\u{301}x", on: "p.html") == .page(path: "a.html#\u{301}x", fragment: ""))
        #expect(LinkTarget.resolve("b/\u{301}c.html", on: "r/p.html") == .page(path: "r/b/\u{301}c.html", fragment: ""))
        #expect(LinkTarget.resolve("\u{600}?q", on: "p.html") == .page(path: "\u{600}?q", fragment: ""))
        #expect(LinkTarget.resolve("x:\u{301}y", on: "p.html") == .page(path: "x:\u{301}y", fragment: ""))
        #expect(LinkTarget.resolve("x:\u{E9}y", on: "p.html") == .external)
    }

    @Test func readsSchemesAsTheCharacterReadingDoes() {
        let table = [
            "https://x", "mailto:a", "a+b-c.d:x", "1a:x", ":x", "a b:x", "a:\u{301}x", "a:\u{301}b:c", "a:éx", "a:\u{200D}",
            "é:x", "a\u{301}:x", "a:", "a", "#a:b", "a/b:c", "\u{212A}:x", "x:\u{20E3}",
        ]
        for reference in table + Self.mixes {
            #expect(LinkTarget.hasScheme(reference) == CharacterOracle.hasScheme(reference), "\(reference.debugDescription)")
        }
    }

    @Test func callsTheSameScalarsWhitespaceAsUnicodeAndCharacters() {
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(LinkTarget.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            // The layout check asks it of a link's first scalar where it asked the first Character.
            for text in [String(scalar), String(scalar) + "\u{301}", String(scalar) + "\n", String(scalar) + "a"] {
                #expect(text.unicodeScalars.first.map(LinkTarget.isWhitespace) == text.first?.isWhitespace)
            }
        }
    }

    /// The byte reading of ASCII links against the Character reading, on
    /// every way of combining parts that climb, repeat slashes, end in a
    /// folder or carry a query and fragment, from pages at several depths.
    @Test func resolvesASCIILinksAsTheCharacterReadingDoes() {
        let parts = ["a", "b.html", "/", "..", ".", "#", "?", "x", "#f", "?q=1", "%2F"]
        let pages = ["index.html", "reviews/a.html", "a/b/", "a//b.html", "/x.html", "t/u/v/p.html", ""]
        var checked = 0
        for link in ScalarOracle.strings(from: parts, upTo: 4, sampled: 2_000, sampleLength: 7) {
            for page in pages {
                let expected = LinkTarget.scalarTarget(link, on: page)
                guard let target = LinkTarget.asciiTarget(link, on: page) else {
                    #expect(link.contains("%"), "\(link.debugDescription) on \(page)")
                    continue
                }
                #expect(target == expected, "\(link.debugDescription) on \(page)")
                checked += 1
            }
        }
        #expect(checked > 50_000)
        #expect(LinkTarget.asciiTarget("caf\u{E9}.html", on: "index.html") == nil)
        #expect(LinkTarget.asciiTarget("a.html", on: "\u{E9}/index.html") == nil)
    }
}
