import Readiness

/// Layout values for gaps: one finding with a link to the exact review
/// section it concerns, and a rule with a page of its open findings.
enum GapValues {
    /// One finding, linked from `page` to its category's section of the review.
    static func finding(_ gap: GapIndex.Gap, site: Site, from page: String) -> LayoutValue {
        let root = SiteURLs.root(from: page)
        return finding(gap, site: site, root: root, ruleURL: ruleURL(gap.finding.rule, root: root))
    }

    /// One finding, given what its page's other findings share: the way
    /// to the site's root and, for a rule's list, its rule's address.
    private static func finding(_ gap: GapIndex.Gap, site: Site, root: String, ruleURL: String) -> LayoutValue {
        // The name only: copying the whole review for it cost more than the rest.
        let service = site.reviews[gap.review].review.serviceName
        let finding = gap.finding
        return [
            "service": service,
            "url": root + SiteURLs.review(service, anchor: gap.anchor),
            "rule": finding.rule.id,
            "ruleTitle": finding.rule.title,
            "ruleURL": ruleURL,
            "category": finding.category.flatMap { site.policy.category(id: $0)?.title },
            "item": finding.item,
            "severity": finding.severity.rawValue,
            "message": finding.message,
            "line": nonZero(finding.location.line),
            "accepted": finding.acceptance.map { risk in
                ["by": risk.acceptedBy, "until": risk.expires?.description, "reason": risk.reason]
                    as LayoutValue
            },
        ]
    }

    /// A rule with page `number` of its open findings, linked from `page`.
    static func rule(_ findings: RuleFindings, page number: Int, site: Site, from page: String) -> LayoutValue {
        let rule = findings.group.rule
        let root = SiteURLs.root(from: page)
        let url = ruleURL(rule, root: root)
        return [
            "id": rule.id,
            "anchor": GapIndex.ruleAnchor(rule),
            "url": url,
            "title": rule.title,
            "group": rule.group.rawValue,
            "rationale": rule.rationale,
            "fix": rule.fix,
            "count": findings.group.gaps.count,
            "services": findings.group.services,
            "findings": findings.group.gaps[findings.list.rows(onPage: number)].map {
                finding($0, site: site, root: root, ruleURL: url)
            },
            "findingsPager": PagerValues.make(findings.list, page: number, from: page),
        ]
    }

    /// A rule's section of the gap summary.
    private static func ruleURL(_ rule: Rule, root: String) -> String {
        root + SiteURLs.gaps + "#" + GapIndex.ruleAnchor(rule)
    }

    /// Open and accepted counts of some gaps, for summary rows to add to.
    static func counts(_ gaps: [GapIndex.Gap]) -> LayoutFacts {
        let open = gaps.filter { !$0.finding.isAccepted }.count
        return [
            "open": open,
            // Names unique to group rows, so an absent count never picks up a page-level value.
            "groupAccepted": nonZero(gaps.count - open),
            "groupErrors": nonZero(gaps.filter { !$0.finding.isAccepted && $0.finding.severity == .error }.count),
            "reviews": Set(gaps.filter { !$0.finding.isAccepted }.map(\.review)).count,
        ]
    }
}
