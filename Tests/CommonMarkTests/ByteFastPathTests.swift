import Testing
@testable import CommonMark

/// The byte-level fast paths for ASCII anchors must give what the
/// scalar-by-scalar ways give.
@Suite struct ByteFastPathTests {
    /// Every ASCII character alone, in a word and doubled, plus headings as written.
    static let asciiTexts: [String] = {
        var texts = ["", "Monitoring and alerting", "Failure modes & recovery (p99)", "  --a--b--  ", "v2.0/Rollout", "A1_b2-C3"]
        for value in 0..<128 {
            let character = String(UnicodeScalar(UInt8(value)))
            texts += [character, "x\(character)y", "\(character)\(character)Z9"]
        }
        return texts
    }()

    @Test func asciiSlugsMatchScalarSlugs() {
        for text in Self.asciiTexts {
            #expect(Slug.makeASCII(text) == Slug.makeFromScalars(text), "\(text.debugDescription)")
        }
    }

    @Test func nonASCIITextTakesTheScalarWay() {
        for text in ["Überwachung", "x\u{301}", "日本", "a—b"] {
            #expect(Slug.makeASCII(text) == nil)
            #expect(Slug.make(text) == Slug.makeFromScalars(text))
        }
    }

    @Test func attributeEscapingMatchesScalarEscaping() {
        for text in Self.asciiTexts + ["é\"<&>'日本", "\u{301}&", "🚀'"] {
            #expect(MarkdownDocument.escapeAttribute(text) == Self.escapeByScalars(text), "\(text.debugDescription)")
        }
    }

    /// The escaping as it was written before it worked on bytes.
    private static func escapeByScalars(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
