@testable import Readiness

/// Loads policy YAML written inline in a test, as `policy.yaml`.
func loadPolicy(_ yaml: String) -> (policy: Policy, diagnostics: [Diagnostic]) {
    let (policy, diagnostics) = PolicyLoader.load(yaml, file: "policy.yaml")
    return (policy, diagnostics)
}

/// `line:column rule` for each diagnostic of a severity, for exact comparisons.
func positions(_ diagnostics: [Diagnostic], _ severity: Severity = .error) -> [String] {
    diagnostics.filter { $0.severity == severity }
        .map { "\($0.location.line):\($0.location.column) \($0.ruleID)" }
}
