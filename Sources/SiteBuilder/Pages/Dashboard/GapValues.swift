import Readiness

/// Layout values for gaps: one finding with a link to the exact review
/// section it concerns, and a rule with its open findings.
enum GapValues {
    /// One finding, linked from `page` to its category's section of the review.
    static func finding(_ gap: GapIndex.Gap, site: Site, from page: String) -> [String: Any] {
        let review = site.reviews[gap.review].review
        let finding = gap.finding
        return [
            "service": review.serviceName,
            "url": SiteURLs.root(from: page) + SiteURLs.review(review.serviceName, anchor: gap.anchor),
            "rule": finding.rule.id,
            "ruleTitle": finding.rule.title,
            "ruleURL": SiteURLs.root(from: page) + SiteURLs.gaps + "#" + GapIndex.ruleAnchor(finding.rule),
            "category": finding.category.flatMap { site.policy.category(id: $0)?.title } as Any,
            "item": finding.item as Any,
            "severity": finding.severity.rawValue,
            "message": finding.message,
            "line": nonZero(finding.location.line) as Any,
            "accepted": finding.acceptance.map { risk in
                ["by": risk.acceptedBy as Any, "until": risk.expires?.description as Any, "reason": risk.reason as Any]
                    as [String: Any]
            } as Any,
        ]
    }

    /// Rules with their open findings, most findings first.
    static func rules(_ groups: [(rule: Rule, gaps: [GapIndex.Gap])], site: Site, from page: String) -> [[String: Any]] {
        groups.map { group in
            [
                "id": group.rule.id,
                "anchor": GapIndex.ruleAnchor(group.rule),
                "url": SiteURLs.root(from: page) + SiteURLs.gaps + "#" + GapIndex.ruleAnchor(group.rule),
                "title": group.rule.title,
                "group": group.rule.group.rawValue,
                "rationale": group.rule.rationale,
                "fix": group.rule.fix,
                "count": group.gaps.count,
                "services": Set(group.gaps.map(\.review)).count,
                "findings": group.gaps.map { finding($0, site: site, from: page) },
            ]
        }
    }

    /// Open and accepted counts of some gaps, for summary rows.
    static func counts(_ gaps: [GapIndex.Gap]) -> [String: Any] {
        let open = gaps.filter { !$0.finding.isAccepted }.count
        return [
            "open": open,
            // Names unique to group rows, so an absent count never picks up a page-level value.
            "groupAccepted": nonZero(gaps.count - open) as Any,
            "groupErrors": nonZero(gaps.filter { !$0.finding.isAccepted && $0.finding.severity == .error }.count) as Any,
            "reviews": Set(gaps.filter { !$0.finding.isAccepted }.map(\.review)).count,
        ]
    }
}
