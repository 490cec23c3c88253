/// How much a diagnostic matters.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// Fails `prr check` and `prr build`.
    case error
    /// Shown, does not fail the build (unless `--strict`).
    case warning
    /// Information, such as a skipped catalog kind.
    case note

    private var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .note: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One problem found in content: data, never a thrown error.
///
/// Every stage of the pipeline reports what it finds as diagnostics; one
/// printer turns them into text, JSON, GitHub annotations or SARIF, and the
/// exit code is derived from their severities.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// Whether the input could not be read as written, or was read and found wanting.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Malformed content: bad YAML, wrong types, unreadable files, broken layouts.
        /// An error of this kind fails `prr build`, which keeps the previous site.
        case content
        /// A readiness finding: a gap the review leaves open. The site shows
        /// findings; only `prr check` (and `prr build --strict`) fails on them.
        case finding
    }

    public var severity: Severity
    public var kind: Kind
    /// A stable, documented identifier such as `yaml-syntax` or `slo-missing`.
    public var ruleID: String
    /// A plain sentence saying what is wrong.
    public var message: String
    public var location: SourceLocation
    /// How to fix it.
    public var hint: String?

    public init(
        _ severity: Severity, _ ruleID: String, _ message: String,
        at location: SourceLocation, hint: String? = nil, kind: Kind = .content
    ) {
        self.severity = severity
        self.kind = kind
        self.ruleID = ruleID
        self.message = message
        self.location = location
        self.hint = hint
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics sort by place, then severity, rule and message, so every
    /// report lists them in the same order whatever order they were found in.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    // These read by index: `contains` and `reduce` copied each diagnostic,
    // retaining its strings, and a large site has tens of thousands (a
    // tenth of a serve rebuild went to one such scan).

    /// The number of diagnostics of a severity.
    public func count(of severity: Severity) -> Int {
        indices.count { self[$0].severity == severity }
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { indices.contains { self[$0].severity == .error } }

    /// Whether any error says the content itself is malformed.
    public var hasContentErrors: Bool {
        indices.contains { self[$0].severity == .error && self[$0].kind == .content }
    }
}

/// A diagnostic can be the failure of a `Result`, for steps that either
/// produce a value or one reason they could not.
extension Diagnostic: Error {}
