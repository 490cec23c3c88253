import Testing
@testable import Readiness

@Suite struct TextFormatTests {
    private func text(_ diagnostics: [Diagnostic], color: Bool = false) -> String {
        DiagnosticPrinter.render(diagnostics, format: .text, options: .init(useColor: color))
    }

    @Test func plainLinesHintsAndSummary() {
        let output = text([DiagnosticSamples.error, DiagnosticSamples.warning, DiagnosticSamples.note])
        #expect(output == """
            reviews/payments.md:12:3: error: SLO has no alert [slo-missing]
              hint: add an `alert:` naming the page that fires
            reviews/legacy.md: warning: file is not UTF-8 [encoding]
            catalog.yaml:4: note: skipped catalog kind `queue` [catalog-skipped]
            1 error, 1 warning, 1 note

            """)
    }

    @Test func keepsTheCallersOrder() {
        let output = text([DiagnosticSamples.note, DiagnosticSamples.error])
        let lines = output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("catalog.yaml:4: note:") == true)
        #expect(lines.dropFirst().first?.hasPrefix("reviews/payments.md:12:3: error:") == true)
    }

    @Test func nothingToReportIsJustTheSummary() {
        #expect(text([]) == "no problems\n")
        #expect(text([], color: true) == "no problems\n")
    }

    @Test func colourMarksPositionAndSeverity() {
        let output = text([DiagnosticSamples.error, DiagnosticSamples.warning, DiagnosticSamples.note], color: true)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "\u{1B}[1mreviews/payments.md:12:3:\u{1B}[0m \u{1B}[31merror:\u{1B}[0m SLO has no alert [slo-missing]")
        #expect(lines[1] == "  hint: add an `alert:` naming the page that fires")
        #expect(lines[2] == "\u{1B}[1mreviews/legacy.md:\u{1B}[0m \u{1B}[33mwarning:\u{1B}[0m file is not UTF-8 [encoding]")
        #expect(lines[3] == "\u{1B}[1mcatalog.yaml:4:\u{1B}[0m \u{1B}[36mnote:\u{1B}[0m skipped catalog kind `queue` [catalog-skipped]")
        #expect(lines[4] == "1 error, 1 warning, 1 note")
    }

    @Test func withoutColourThereIsNoEscapeCharacterEvenFromContent() {
        let output = text(DiagnosticSamples.all)
        #expect(!output.unicodeScalars.contains("\u{1B}"))
        #expect(output.contains("\\u{1B}[31mred\\u{0}nul\\u{7F}"))
    }

    @Test func hostileLineBreaksCannotForgeADiagnostic() {
        let forged = Diagnostic(
            .warning, "x", "real\nother.md:1:1: error: fake\r\nthird\u{2028}fourth",
            at: SourceLocation(file: "a.md", line: 2, column: 1), hint: "one\ntwo")
        let output = text([forged])
        #expect(output == """
            a.md:2:1: warning: real
              other.md:1:1: error: fake
              third
              fourth [x]
              hint: one
                    two
            1 warning

            """)
        // Every line but the first diagnostic line and the summary is indented.
        let lines = output.split(separator: "\n")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.hasPrefix("  ") })
    }

    @Test func hostileTextKeepsEverythingPrintable() {
        let output = text([DiagnosticSamples.hostileOne])
        let first = output.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("reviews/team a,b:c/100% ok.md:7:9: error: He said \"stop\" \\ 100% done, %25 twice: a,b:c"))
        #expect(output.contains("</script><b>&amp;</b> café 🚀\ttab"))
        #expect(output.contains(" [rule:with,odd%chars]\n  hint: fix: He said"))
        #expect(output.hasSuffix("\n1 error\n"))
    }
}
