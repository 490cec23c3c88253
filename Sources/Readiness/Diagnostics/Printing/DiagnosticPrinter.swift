/// The output formats `prr check` (and every other command that reports
/// diagnostics) can print.
public enum DiagnosticFormat: String, Sendable, Hashable, CaseIterable {
    /// `file:line:col: severity: message [rule-id]` lines for people and editors.
    case text
    /// The versioned machine-readable report documented on `JSONFormat`.
    case json
    /// GitHub Actions workflow commands (`::error file=…::…`) that become annotations.
    case github
    /// A SARIF 2.1.0 log for code-scanning tools.
    case sarif
}

/// The one printer for diagnostics.
///
/// Every stage reports problems as `Diagnostic` values; this turns a list of
/// them into one of the `DiagnosticFormat`s. Diagnostics are printed in the
/// order given: callers sort them (`Diagnostic` is `Comparable`) so that every
/// report lists them the same way. Rendering is pure: the same input always
/// gives the same bytes.
public enum DiagnosticPrinter {
    /// Settings that only some formats use.
    public struct Options: Sendable {
        /// ANSI colour in `text` output. Callers decide (a terminal, no `NO_COLOR`).
        public var useColor: Bool
        /// The `prr` version, recorded in `json` and `sarif` reports.
        public var toolVersion: String
        /// Rule metadata for SARIF's `tool.driver.rules`; rules without an
        /// entry are described by their id alone.
        public var rules: [RuleDescription]
        /// Where to read about `prr`, as SARIF's `tool.driver.informationUri`;
        /// left out when `nil`.
        public var informationURI: String?

        public init(
            useColor: Bool = false, toolVersion: String = "",
            rules: [RuleDescription] = [], informationURI: String? = nil
        ) {
            self.useColor = useColor
            self.toolVersion = toolVersion
            self.rules = rules
            self.informationURI = informationURI
        }
    }

    /// The complete output for `diagnostics` in `format`, ending in a newline
    /// (empty for `github` when there is nothing to report).
    public static func render(
        _ diagnostics: [Diagnostic], format: DiagnosticFormat, options: Options = Options()
    ) -> String {
        switch format {
        case .text: return TextFormat.render(diagnostics, useColor: options.useColor)
        case .json: return JSONFormat.render(diagnostics, toolVersion: options.toolVersion)
        case .github: return GitHubFormat.render(diagnostics)
        case .sarif: return SARIFFormat.render(diagnostics, options: options)
        }
    }
}
