import Testing
@testable import Readiness

@Suite struct OutcomeTests {
    private func diagnostics(errors: Int = 0, warnings: Int = 0, notes: Int = 0) -> [Diagnostic] {
        let at = SourceLocation(file: "a.md", line: 1, column: 1)
        return Array(repeating: Diagnostic(.error, "e", "e", at: at), count: errors)
            + Array(repeating: Diagnostic(.warning, "w", "w", at: at), count: warnings)
            + Array(repeating: Diagnostic(.note, "n", "n", at: at), count: notes)
    }

    @Test func summaryCountsEachSeverityWithAgreeingWords() {
        #expect(DiagnosticPrinter.summary([]) == "no problems")
        #expect(DiagnosticPrinter.summary(diagnostics(errors: 2, warnings: 3)) == "2 errors, 3 warnings")
        #expect(DiagnosticPrinter.summary(diagnostics(errors: 1, warnings: 1, notes: 1)) == "1 error, 1 warning, 1 note")
        #expect(DiagnosticPrinter.summary(diagnostics(warnings: 1)) == "1 warning")
        #expect(DiagnosticPrinter.summary(diagnostics(notes: 4)) == "4 notes")
        #expect(DiagnosticPrinter.summary(diagnostics(errors: 1, notes: 2)) == "1 error, 2 notes")
    }

    @Test func summaryDoesNotDependOnOrder() {
        let mixed = diagnostics(errors: 1, warnings: 2, notes: 1)
        #expect(DiagnosticPrinter.summary(mixed.reversed()) == "1 error, 2 warnings, 1 note")
    }

    struct ExitCase: Sendable, CustomTestStringConvertible {
        var errors = 0, warnings = 0, notes = 0
        var strict: Bool
        var expected: Int32
        var testDescription: String { "e\(errors) w\(warnings) n\(notes) strict=\(strict) -> \(expected)" }
    }

    @Test(arguments: [
        ExitCase(strict: false, expected: 0), ExitCase(strict: true, expected: 0),
        ExitCase(errors: 1, strict: false, expected: 1), ExitCase(errors: 1, strict: true, expected: 1),
        ExitCase(warnings: 1, strict: false, expected: 0), ExitCase(warnings: 1, strict: true, expected: 1),
        ExitCase(notes: 3, strict: false, expected: 0), ExitCase(notes: 3, strict: true, expected: 0),
        ExitCase(errors: 2, warnings: 5, notes: 1, strict: false, expected: 1),
    ])
    func exitCode(_ given: ExitCase) {
        let found = diagnostics(errors: given.errors, warnings: given.warnings, notes: given.notes)
        #expect(DiagnosticPrinter.exitCode(for: found, strict: given.strict) == given.expected)
    }

    @Test func exitCodeIsNotStrictByDefault() {
        #expect(DiagnosticPrinter.exitCode(for: diagnostics(warnings: 1)) == 0)
    }

    @Test func everyFormatHasAStableName() {
        #expect(DiagnosticFormat.allCases.map(\.rawValue) == ["text", "json", "github", "sarif"])
        #expect(DiagnosticFormat(rawValue: "sarif") == .sarif)
    }
}
