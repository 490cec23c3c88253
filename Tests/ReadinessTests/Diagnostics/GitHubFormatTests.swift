import Testing
@testable import Readiness

@Suite struct GitHubFormatTests {
    /// One workflow command as the runner parses it: `::name k=v,k=v::data`,
    /// with our property order; escaped values hold no raw `,` `:` CR or LF.
    private static let grammar =
        #"::(error|warning|notice) file=([^,:\r\n]*)(?:,line=([1-9][0-9]*)(?:,col=([1-9][0-9]*))?)?,title=([^,:\r\n]*)::([^\r\n]*)"#

    private struct Command {
        var name: String, file: String, line: Int?, column: Int?, title: String, message: String
    }

    private func github(_ diagnostics: [Diagnostic]) -> String {
        DiagnosticPrinter.render(diagnostics, format: .github)
    }

    /// Parses and unescapes `line`, failing the test when it is off-grammar.
    private func parse(_ line: Substring) throws -> Command {
        let regex = try Regex(Self.grammar)
        let match = try #require(line.wholeMatch(of: regex), "off-grammar: \(line)")
        func group(_ index: Int) -> String? { match.output[index].substring.map(String.init) }
        return Command(
            name: group(1) ?? "", file: try unescape(group(2) ?? ""),
            line: group(3).flatMap { Int($0) }, column: group(4).flatMap { Int($0) },
            title: try unescape(group(5) ?? ""), message: try unescape(group(6) ?? ""))
    }

    /// The runner's unescaping, done in one pass; any other `%` sequence
    /// means the value was not escaped.
    private func unescape(_ text: String) throws -> String {
        let codes: [String: String] = ["25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": ","]
        var out = "", rest = Substring(text)
        while let percent = rest.firstIndex(of: "%") {
            out += rest[..<percent]
            let code = String(rest[rest.index(after: percent)...].prefix(2))
            out += try #require(codes[code], "stray % before \(code)")
            rest = rest[rest.index(percent, offsetBy: 3)...]
        }
        return out + rest
    }

    @Test func plainCommands() {
        #expect(github([DiagnosticSamples.error, DiagnosticSamples.warning, DiagnosticSamples.note]) == """
            ::error file=reviews/payments.md,line=12,col=3,title=slo-missing::SLO has no alert%0Aadd an `alert:` naming the page that fires
            ::warning file=reviews/legacy.md,title=encoding::file is not UTF-8
            ::notice file=catalog.yaml,line=4,title=catalog-skipped::skipped catalog kind `queue`

            """)
    }

    @Test func nothingToReportPrintsNothing() {
        #expect(github([]) == "")
    }

    @Test func everyLineMatchesTheGrammarAndUnescapesToTheDiagnostic() throws {
        let lines = github(DiagnosticSamples.all).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == DiagnosticSamples.all.count + 1)
        #expect(lines.last == "")
        for (line, diagnostic) in zip(lines, DiagnosticSamples.all) {
            let command = try parse(line)
            let expectedName = ["error": "error", "warning": "warning", "note": "notice"][diagnostic.severity.rawValue]
            #expect(command.name == expectedName)
            #expect(command.file == diagnostic.location.file)
            #expect(command.line == (diagnostic.location.line > 0 ? diagnostic.location.line : nil))
            #expect(command.column == (diagnostic.location.column > 0 ? diagnostic.location.column : nil))
            #expect(command.title == diagnostic.ruleID)
            #expect(command.message == diagnostic.message + (diagnostic.hint.map { "\n" + $0 } ?? ""))
        }
    }

    @Test func hostileTextIsEscapedExactly() {
        let line = GitHubFormat.command(for: DiagnosticSamples.hostileOne)
        #expect(line.hasPrefix(
            "::error file=reviews/team a%2Cb%3Ac/100%25 ok.md,line=7,col=9,title=rule%3Awith%2Codd%25chars::"))
        #expect(line.contains("::He said \"stop\" \\ 100%25 done, %2525 twice: a,b:c%0D%0Anext line%0A</script>"))
        #expect(line.contains("\u{2028}ls\u{2029}ps%0Afix: He said"))
        #expect(!line.contains("\n") && !line.contains("\r"))
    }

    @Test func escapingFunctionsMatchTheToolkit() {
        #expect(GitHubFormat.escapeData("%\r\n:,") == "%25%0D%0A:,")
        #expect(GitHubFormat.escapeProperty("%\r\n:,") == "%25%0D%0A%3A%2C")
        #expect(GitHubFormat.escapeData("%0A") == "%250A")
    }

    @Test func columnWithoutLineIsLeftOut() throws {
        let odd = Diagnostic(.warning, "x", "m", at: SourceLocation(file: "a.md", line: 0, column: 5))
        let command = try parse(Substring(GitHubFormat.command(for: odd)))
        #expect(command.line == nil)
        #expect(command.column == nil)
    }
}
