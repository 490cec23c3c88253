import Readiness

/// A review's checklist scorecard and findings as layout values.
enum ScorecardValues {
    static func categories(_ readiness: ReadinessSummary) -> [[String: Any]] {
        readiness.categories.map { category in
            [
                "id": category.id,
                "title": category.title,
                "anchor": category.anchor as Any,
                "met": category.met,
                "required": category.required,
                "accepted": nonZero(category.accepted) as Any,
                "unmet": nonZero(category.unmet) as Any,
                "notApplicable": nonZero(category.notApplicable) as Any,
                "complete": category.unmet == 0,
                "items": category.items.map { item in
                    [
                        "id": item.id, "title": item.title, "required": item.required,
                        "state": item.state.rawValue, "stateLabel": label(item.state), "line": item.line as Any,
                    ] as [String: Any]
                },
            ]
        }
    }

    static func findings(_ validation: ReviewValidation, policy: Policy) -> [[String: Any]] {
        validation.findings.map { finding in
            [
                "severity": finding.severity.rawValue,
                "rule": finding.rule.id,
                "ruleTitle": finding.rule.title,
                "message": finding.message,
                "hint": finding.rule.fix,
                "line": finding.location.line,
                "category": finding.category.flatMap { policy.category(id: $0)?.title } as Any,
                "anchor": validation.anchor(ofCategory: finding.category) as Any,
                "accepted": finding.acceptance.map { risk in
                    ["by": risk.acceptedBy as Any, "until": risk.expires?.description as Any, "reason": risk.reason as Any]
                        as [String: Any]
                } as Any,
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
