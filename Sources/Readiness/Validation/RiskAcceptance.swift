/// Applies a review's accepted risks to its findings.
///
/// A finding about item X is accepted while a complete risk entry names X and
/// has not expired. An expired acceptance is itself a finding, and the gap it
/// covered counts again.
struct RiskAcceptance {
    let context: ReviewContext

    /// The findings with acceptances applied, plus the risk findings and the
    /// diagnostics for malformed risk entries.
    func apply(to findings: [Finding]) -> (findings: [Finding], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var active: [String: AcceptedRisk] = [:]
        var extra: [Finding] = []
        for risk in context.review.risks {
            let item = risk.item.lowercased()
            guard context.policy.item(fullID: item) != nil else {
                let suggestion = Suggestion.closest(to: item, in: context.policy.fullIDs)
                diagnostics.append(Diagnostic(
                    .warning, Rule.riskUnknownItem.id, "the risk names `\(risk.item)`, which is not a checklist item",
                    at: risk.location, hint: suggestion.map { "Did you mean `\($0)`?" } ?? Rule.riskUnknownItem.fix))
                continue
            }
            func blank(_ text: String?) -> Bool { (text ?? "").trimmingHorizontalWhitespace().isEmpty }
            let missing = [("reason", blank(risk.reason)), ("accepted_by", blank(risk.acceptedBy)), ("expires", risk.expires == nil)]
                .filter(\.1).map(\.0)
            guard missing.isEmpty, let expires = risk.expires else {
                diagnostics.append(Diagnostic(
                    .warning, Rule.riskIncomplete.id,
                    "the accepted risk for `\(risk.item)` has no \(missing.joined(separator: ", ")), so it accepts nothing",
                    at: risk.location, hint: Rule.riskIncomplete.fix))
                continue
            }
            if expires < context.today {
                extra.append(Finding(
                    .riskExpired, "the accepted risk for `\(risk.item)` expired on \(expires)", at: risk.location, item: item))
            } else {
                active[item] = risk
            }
        }
        let accepted = findings.map { finding -> Finding in
            guard let item = finding.item?.lowercased(), let risk = active[item] else { return finding }
            var finding = finding
            finding.acceptance = risk
            return finding
        }
        return (accepted + extra, diagnostics)
    }
}
