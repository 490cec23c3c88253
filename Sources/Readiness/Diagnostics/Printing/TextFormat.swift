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
        // Every line break is also a control character.
        if !hasControl(text) { return text }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { sanitizedLine(String($0)) }
            .joined(separator: "\n" + continuation)
    }

    /// `text` with line breaks and other control characters escaped, for
    /// parts (paths, rule ids, single lines) that must stay on one line.
    static func sanitizedLine(_ text: String) -> String {
        if !hasControl(text) { return text }
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

    /// Whether `text` has a scalar `isControl` matches, decided on UTF-8
    /// bytes: nearly every message is printed unchanged, and rebuilding it
    /// scalar by scalar was most of the printing time. C1 controls are
    /// encoded `C2 80`…`C2 9F`, U+2028 and U+2029 `E2 80 A8` and `E2 80 A9`.
    static func hasControl(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if (byte < 0x20 && byte != 0x09) || byte == 0x7F { return true }
                if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                   bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return true }
                index += 1
            }
            return false
        }
        // A bridged string without contiguous UTF-8 takes the exact path.
        return found ?? true
    }

    /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
