/// The `github` format: GitHub Actions workflow commands, which the runner
/// turns into annotations on the pull request's changed lines.
///
/// ```
/// ::error file=reviews/payments.md,line=12,col=3,title=slo-missing::SLO has no alert%0Aadd an `alert:`
/// ::warning file=reviews/legacy.md,title=encoding::file is not UTF-8
/// ```
///
/// One command per diagnostic, in the order given; no summary line (the run's
/// log already counts annotations). Severities map to the commands `error`,
/// `warning` and `notice` (for notes). `line` is left out when the line is
/// unknown, `col` when the column is. The hint follows the message after a
/// line break.
///
/// Escaping follows `escapeData` / `escapeProperty` in
/// actions/toolkit `packages/core/src/command.ts`: in the message `%`, CR and
/// LF become `%25`, `%0D`, `%0A`; in property values `:` and `,` also become
/// `%3A` and `%2C`, so a value can never end the property list early. `%` is
/// escaped first, so the runner's unescaping restores the text exactly.
enum GitHubFormat {
    static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { command(for: $0) + "\n" }.joined()
    }

    static func command(for diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        var properties = ["file=\(escapeProperty(location.file))"]
        if location.line > 0 {
            properties.append("line=\(location.line)")
            if location.column > 0 { properties.append("col=\(location.column)") }
        }
        properties.append("title=\(escapeProperty(diagnostic.ruleID))")

        var message = diagnostic.message
        if let hint = diagnostic.hint { message += "\n" + hint }
        let name = commandName(for: diagnostic.severity)
        return "::\(name) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    private static func commandName(for severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "notice"
        }
    }

    /// The message after `::`: `%`, CR and LF percent-encoded.
    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out.append("%25")
            case "\r": out.append("%0D")
            case "\n": out.append("%0A")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A `key=value` property value: as `escapeData`, plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out.append("%25")
            case "\r": out.append("%0D")
            case "\n": out.append("%0A")
            case ":": out.append("%3A")
            case ",": out.append("%2C")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
