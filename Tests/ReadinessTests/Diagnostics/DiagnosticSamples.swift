@testable import Readiness

/// Diagnostics shared by the printer tests: one of each severity, every kind
/// of location, and text chosen to break naive escaping.
enum DiagnosticSamples {
    /// Quotes, backslash, CR/LF, `%` (also a ready-made `%25`), `,` and `:`,
    /// `</script>`, non-ASCII and an emoji, tab, ESC, NUL, DEL and the
    /// Unicode line and paragraph separators.
    static let hostile =
        "He said \"stop\" \\ 100% done, %25 twice: a,b:c\r\nnext line\n</script><b>&amp;</b>"
        + " café 🚀\ttab \u{1B}[31mred\u{0}nul\u{7F} \u{2028}ls\u{2029}ps"

    static let hostilePath = "reviews/team a,b:c/100% ok.md"

    static let error = Diagnostic(
        .error, "slo-missing", "SLO has no alert",
        at: SourceLocation(file: "reviews/payments.md", line: 12, column: 3),
        hint: "add an `alert:` naming the page that fires", kind: .finding)
    static let warning = Diagnostic(
        .warning, "encoding", "file is not UTF-8",
        at: SourceLocation(file: "reviews/legacy.md"))
    static let note = Diagnostic(
        .note, "catalog-skipped", "skipped catalog kind `queue`",
        at: SourceLocation(file: "catalog.yaml", line: 4))
    static let hostileOne = Diagnostic(
        .error, "rule:with,odd%chars", hostile,
        at: SourceLocation(file: hostilePath, line: 7, column: 9),
        hint: "fix: " + hostile)

    /// In the order a caller would pass them (already sorted by the caller).
    static let all = [error, warning, note, hostileOne]
}
