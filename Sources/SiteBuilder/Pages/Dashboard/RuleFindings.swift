import Readiness

/// One rule's open findings on a page that lists gaps by rule, as a list
/// that pages: the first page in the rule's section, later pages at
/// `<stem><rule id>-N.html`.
struct RuleFindings {
    let group: GapIndex.RuleGroup
    let list: ListPages

    /// The rules of `groups` (``GapIndex/byRule(_:)``), their first pages on `owner`.
    static func lists(_ groups: [GapIndex.RuleGroup], owner: String, stem: String, pageSize: Int) -> [RuleFindings] {
        groups.map { group in
            RuleFindings(
                group: group,
                list: ListPages(count: group.gaps.count, size: pageSize, owner: owner,
                                anchor: GapIndex.ruleAnchor(group.rule), title: group.rule.title, stem: stem + group.rule.id))
        }
    }
}
