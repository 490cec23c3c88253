import Testing
@testable import Readiness

@Suite struct TextFormatControlTests {
    @Test(arguments: [
        "plain", "tab\there", "em — dash", "é and ✓", "\u{A0}", "\u{2027}", "\u{202F}",
        "line\nbreak", "cr\r", "esc\u{1B}[0m", "del\u{7F}", "c1\u{85}", "c1\u{9F}", "ls\u{2028}", "ps\u{2029}", "nul\u{0}",
    ])
    func findsExactlyTheControlScalars(_ text: String) {
        let control = text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x09: return false
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
            default: return false
            }
        }
        #expect(TextFormat.hasControl(text) == control)
    }
}
