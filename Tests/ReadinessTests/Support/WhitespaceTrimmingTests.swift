import Foundation
import Testing
@testable import Readiness

@Suite struct WhitespaceTrimmingTests {
    @Test(arguments: [
        "", " ", "\t", "  \t ", "abc", " abc ", "\tabc\t", "a b", " a b ",
        "\u{A0}abc\u{A0}", "\u{3000}x", "x\u{2003}", " \u{301}x ", "x \u{301}", "é ", " é",
        "\nabc\n", " \r\n", "ref:\u{200B}", "\u{FEFF}x", " 日本 ",
    ])
    func trimsWhatFoundationTrims(_ text: String) {
        #expect(text.trimmingHorizontalWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(Array(text.trimmingHorizontalWhitespace().unicodeScalars)
            == Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars))
    }

    @Test func digitSeparatorsAreDropped() {
        #expect(YAMLReader.withoutUnderscores("1_000_000") == "1000000")
        #expect(YAMLReader.withoutUnderscores("12") == "12")
        #expect(YAMLReader.withoutUnderscores("_é_") == "é")
    }
}
