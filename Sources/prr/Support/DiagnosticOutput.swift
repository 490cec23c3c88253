import Foundation
import Readiness

extension OutputOptions {
    /// The diagnostics a person asked to see: errors only with --quiet,
    /// notes only with --verbose.
    func filter(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { diagnostic in
            if quiet { return diagnostic.severity == .error }
            return verbose || diagnostic.severity != .note
        }
    }
}

/// Prints diagnostics for people on standard error, through the one printer.
enum DiagnosticOutput {
    static func print(_ diagnostics: [Diagnostic], options: OutputOptions) {
        let shown = options.filter(diagnostics)
        guard !shown.isEmpty else { return }
        var text = DiagnosticPrinter.render(
            shown, format: .text,
            options: .init(useColor: Terminal.isInteractive && ProcessInfo.processInfo.environment["NO_COLOR"] == nil))
        // The build prints its own summary line.
        let summary = DiagnosticPrinter.summary(shown) + "\n"
        if text.hasSuffix(summary) { text.removeLast(summary.count) }
        Terminal.standardError(text, newline: false)
    }
}
