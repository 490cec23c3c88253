import Readiness

/// A review's checklist scorecard and findings as layout values.
enum ScorecardValues {
    /// Each category's counts; with `items`, also each of its items (70
    /// maps a review, which the default theme does not show).
    static func categories(_ readiness: ReadinessSummary, items: Bool) -> [LayoutValue] {
        readiness.categories.map { category in
            [
                "id": category.id,
                "title": category.title,
                "anchor": category.anchor,
                "met": category.met,
                "required": category.required,
                "accepted": nonZero(category.accepted),
                "unmet": nonZero(category.unmet),
                "notApplicable": nonZero(category.notApplicable),
                "complete": category.unmet == 0,
                "items": !items ? nil : category.items.map { item in
                    [
                        "id": item.id, "title": item.title, "required": item.required,
                        "state": item.state.rawValue, "stateLabel": label(item.state), "line": item.line,
                    ] as LayoutValue
                },
            ]
        }
    }

    static func findings(_ validation: ReviewValidation, policy: Policy) -> [LayoutValue] {
        validation.findings.map { finding in
            [
                "severity": finding.severity.rawValue,
                "rule": finding.rule.id,
                "ruleTitle": finding.rule.title,
                "message": finding.message,
                "hint": finding.rule.fix,
                "line": finding.location.line,
                "category": finding.category.flatMap { policy.category(id: $0)?.title },
                "anchor": validation.anchor(ofCategory: finding.category),
                "accepted": finding.acceptance.map { risk in
                    ["by": risk.acceptedBy, "until": risk.expires?.description, "reason": risk.reason]
                        as LayoutValue
                },
            ]
        }
    }

    /// Text for each state, so status never relies on colour alone.
    static func label(_ state: ReadinessSummary.ItemState) -> String {
        switch state {
        case .met: return "✓ met"
        case .notApplicable: return "N/A"
        case .accepted: return "accepted risk"
        case .unmet: return "✗ not met"
        case .optional: return "optional"
        }
    }
}
