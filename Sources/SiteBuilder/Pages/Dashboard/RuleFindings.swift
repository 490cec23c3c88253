import Readiness

/// One rule's open findings on a page that lists gaps by rule, as a list
/// that pages: the first page in the rule's section, later pages at
/// `<stem><rule id>-N.html`.
struct RuleFindings {
    let rule: Rule
    let gaps: [GapIndex.Gap]
    /// Services with at least one of the findings, counted once for every page.
    let services: Int
    let list: ListPages

    /// The rules of `groups` (``GapIndex/byRule(_:)``), their first pages on `owner`.
    static func lists(
        _ groups: [(rule: Rule, gaps: [GapIndex.Gap])], owner: String, stem: String, pageSize: Int
    ) -> [RuleFindings] {
        groups.map { group in
            RuleFindings(
                rule: group.rule, gaps: group.gaps, services: Set(group.gaps.map(\.review)).count,
                list: ListPages(count: group.gaps.count, size: pageSize, owner: owner,
                                anchor: GapIndex.ruleAnchor(group.rule), title: group.rule.title, stem: stem + group.rule.id))
        }
    }
}
