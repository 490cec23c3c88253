/// The `text` format: one line per diagnostic in the shape compilers use, so
/// terminals and editors can jump to the place, then a summary line.
///
/// ```
/// reviews/payments.md:12:3: error: SLO has no alert [slo-missing]
///   hint: add an `alert:` naming the page that fires
/// reviews/payments.md: warning: file is not UTF-8 [encoding]
/// 1 error, 1 warning
/// ```
///
/// The position leaves out unknown parts as `SourceLocation.description`
/// does. Content never breaks the line structure: a message or hint that
/// spans lines continues on lines indented under it (so no continuation line
/// can pass for a diagnostic of its own), and control characters, including
/// ESC, are shown as `\u{1B}`-style escapes rather than sent to the terminal.
enum TextFormat {
    private enum ANSI {
        static let reset = "\u{1B}[0m"
        static let bold = "\u{1B}[1m"
        static let red = "\u{1B}[31m"
        static let yellow = "\u{1B}[33m"
        static let cyan = "\u{1B}[36m"
    }

    static func render(_ diagnostics: [Diagnostic], useColor: Bool) -> String {
        var out = ""
        for diagnostic in diagnostics {
            append(diagnostic, useColor: useColor, into: &out)
        }
        out.append(DiagnosticPrinter.summary(diagnostics))
        out.append("\n")
        return out
    }

    private static func append(_ diagnostic: Diagnostic, useColor: Bool, into out: inout String) {
        let position = sanitizedLine(diagnostic.location.description)
        let severity = diagnostic.severity.rawValue
        if useColor {
            out.append("\(ANSI.bold)\(position):\(ANSI.reset) ")
            out.append("\(color(for: diagnostic.severity))\(severity):\(ANSI.reset) ")
        } else {
            out.append("\(position): \(severity): ")
        }
        out.append(indented(diagnostic.message, continuation: "  "))
        out.append(" [\(sanitizedLine(diagnostic.ruleID))]\n")
        if let hint = diagnostic.hint {
            out.append("  hint: ")
            out.append(indented(hint, continuation: "        "))
            out.append("\n")
        }
    }

    private static func color(for severity: Severity) -> String {
        switch severity {
        case .error: return ANSI.red
        case .warning: return ANSI.yellow
        case .note: return ANSI.cyan
        }
    }

    /// `text` with every line break (`\n`, `\r\n`, `\r`, U+2028 …) turned
    /// into a newline followed by `continuation`.
    private static func indented(_ text: String, continuation: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { sanitizedLine(String($0)) }
            .joined(separator: "\n" + continuation)
    }

    /// `text` with line breaks and other control characters escaped, for
    /// parts (paths, rule ids, single lines) that must stay on one line.
    static func sanitizedLine(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\t" || !isControl(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out.append("\\u{\(String(scalar.value, radix: 16, uppercase: true))}")
            }
        }
        return out
    }

    /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
