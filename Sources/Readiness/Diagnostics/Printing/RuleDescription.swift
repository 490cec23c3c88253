/// What a rule checks and how to satisfy it: the metadata SARIF consumers
/// (such as GitHub code scanning) show next to each result.
public struct RuleDescription: Sendable, Hashable {
    /// The rule id diagnostics carry, such as `slo-missing`.
    public var id: String
    /// One sentence naming what the rule checks (SARIF `shortDescription`).
    public var title: String
    /// How to fix a violation (SARIF `help`).
    public var help: String
    /// A page documenting the rule (SARIF `helpUri`), if there is one.
    public var helpURI: String?

    public init(id: String, title: String, help: String, helpURI: String? = nil) {
        self.id = id
        self.title = title
        self.help = help
        self.helpURI = helpURI
    }
}
