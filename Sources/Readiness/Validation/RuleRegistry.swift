/// Every rule prr can report, in one place: `prr check`'s SARIF output, the
/// site and the README's rule table (`prr rules`) all read this list.
public enum RuleRegistry {
    public static let all: [Rule] = {
        let catalogLoading = CatalogRules.all.map {
            Rule($0.id, .catalog, title: $0.summary, rationale: $0.summary, fix: $0.hint)
        }
        return Rule.contentRules + catalogLoading + Rule.checklistRules + Rule.reviewerRules + Rule.riskRules
            + Rule.gapRules + Rule.catalogCrossRules + Rule.retrospectiveRules
    }()

    private static let byID: [String: Rule] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    /// The rule with an id, if prr has one.
    public static func rule(_ id: String) -> Rule? { byID[id] }
}
