extension Rule {
    static let riskExpired = Rule(
        "risk-expired", .risks, title: "Accepted risk expired",
        rationale: "A risk acceptance lasts until its expiry date; after it the gap counts again.",
        fix: "Close the gap, or have the approver renew the acceptance with a new `expires` date.")
    static let riskUnknownItem = Rule(
        "risk-unknown-item", .content, title: "Risk names no checklist item",
        rationale: "`risks[].item` must be a policy item id such as `capacity.load-testing`, or it accepts nothing.",
        fix: "Use the item's full id as `prr policy` prints it (category id, a dot, item id).")
    static let riskIncomplete = Rule(
        "risk-incomplete", .content, title: "Risk acceptance incomplete",
        rationale: "An accepted risk needs a reason, an approver and an expiry date; without them it accepts nothing.",
        fix: "Add `reason`, `accepted_by` and `expires` to the risk.")

    static let riskRules: [Rule] = [.riskExpired, .riskUnknownItem, .riskIncomplete]
}
