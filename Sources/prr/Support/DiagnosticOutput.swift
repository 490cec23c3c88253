import Readiness

/// Prints diagnostics for people, honouring --quiet and --verbose.
enum DiagnosticOutput {
    static func print(_ diagnostics: [Diagnostic], options: OutputOptions) {
        for diagnostic in diagnostics {
            if options.quiet, diagnostic.severity != .error { continue }
            if !options.verbose, diagnostic.severity == .note { continue }
            var line = "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.ruleID)]"
            if let hint = diagnostic.hint { line += "\n  hint: \(hint)" }
            Terminal.standardError(line)
        }
    }
}
