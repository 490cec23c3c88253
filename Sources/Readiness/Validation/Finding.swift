/// A readiness gap in one review: what a rule found, where, and whether an
/// accepted risk covers it.
public struct Finding: Sendable, Hashable {
    public let rule: Rule
    public var message: String
    public var location: SourceLocation
    /// The checklist item the finding concerns (`category.item`), for risk
    /// acceptance and the scorecard; the rule's item when not more specific.
    public var item: String?
    /// The policy category the finding belongs to.
    public var category: String?
    /// The risk acceptance that covers this finding, while it has not expired.
    public var acceptance: AcceptedRisk? {
        get { acceptanceBox?.risk }
        set { acceptanceBox = newValue.map(AcceptanceBox.init) }
    }
    /// Boxed: few findings are accepted, and an `AcceptedRisk` inline took
    /// 100 bytes of every finding a large site keeps until its pages are written.
    private var acceptanceBox: AcceptanceBox?
    /// Set by the validator from the review's status (and `--strict`).
    public var severity: Severity = .warning

    public init(_ rule: Rule, _ message: String, at location: SourceLocation, item: String? = nil) {
        self.rule = rule
        self.message = message
        self.location = location
        self.item = item ?? rule.item
        self.category = self.item.map { String($0.prefix { $0 != "." }) } ?? rule.category
    }

    /// Whether an unexpired accepted risk covers it.
    public var isAccepted: Bool { acceptanceBox != nil }

    /// The finding as a diagnostic for printers.
    public var diagnostic: Diagnostic {
        var message = self.message
        if let acceptance {
            let by = acceptance.acceptedBy.map { " by \($0)" } ?? ""
            let until = acceptance.expires.map { " until \($0)" } ?? ""
            message += " (accepted risk\(by)\(until))"
        }
        return Diagnostic(severity, rule.id, message, at: location, hint: rule.fix, kind: .finding)
    }
}

/// An accepted risk kept by reference; equal when the risks are.
private final class AcceptanceBox: Sendable, Hashable {
    let risk: AcceptedRisk

    init(_ risk: AcceptedRisk) { self.risk = risk }

    static func == (lhs: AcceptanceBox, rhs: AcceptanceBox) -> Bool { lhs.risk == rhs.risk }
    func hash(into hasher: inout Hasher) { hasher.combine(risk) }
}
