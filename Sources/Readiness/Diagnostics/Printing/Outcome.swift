extension DiagnosticPrinter {
    /// A one-line count of the diagnostics, such as `2 errors, 3 warnings`,
    /// `1 note` or `no problems`.
    ///
    /// Counts are listed errors, warnings, notes; a severity with no
    /// diagnostics is left out, and each word agrees with its number.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let parts = Severity.allCases.compactMap { severity -> String? in
            let count = diagnostics.count(of: severity)
            guard count > 0 else { return nil }
            return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        return parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
    }

    /// The process exit status for a run that found `diagnostics`: `0` when
    /// there are no errors (and, when `strict`, no warnings either), else `1`.
    /// Notes never fail a run. (`2`, a bad invocation, is decided before
    /// anything is checked.)
    public static func exitCode(for diagnostics: [Diagnostic], strict: Bool = false) -> Int32 {
        let failing = diagnostics.contains {
            $0.severity == .error || (strict && $0.severity == .warning)
        }
        return failing ? 1 : 0
    }
}
