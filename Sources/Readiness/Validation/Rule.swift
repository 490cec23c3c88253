/// A named, documented check. Every finding and diagnostic prr reports
/// carries a rule id from `RuleRegistry`, which `prr check`, the site and the
/// README's rule table all read.
///
/// A class: every finding names its rule, and a large site keeps hundreds of
/// thousands of findings until its pages are written; a reference takes 8
/// bytes of each, the six strings of a copy nearly 100.
public final class Rule: Sendable, Hashable {
    /// What a rule looks at.
    public enum Group: String, Sendable, CaseIterable {
        case content = "Content"
        case checklist = "Checklist"
        case reviewers = "Reviewers and sign-off"
        case risks = "Accepted risks"
        case gaps = "Gaps computed from the facts"
        case catalog = "Service catalog"
        case retrospectives = "Retrospectives"
    }

    public let id: String
    public let group: Group
    public let title: String
    /// The policy category the rule's findings belong to, if any.
    public let category: String?
    /// The checklist item (`category.item`) that an accepted risk must name to accept the finding.
    public let item: String?
    /// Why the rule exists.
    public let rationale: String
    /// How to fix what it finds.
    public let fix: String

    public init(_ id: String, _ group: Group, title: String, category: String? = nil, item: String? = nil,
                rationale: String, fix: String) {
        self.id = id
        self.group = group
        self.title = title
        self.category = category ?? item.map { String($0.prefix { $0 != "." }) }
        self.item = item
        self.rationale = rationale
        self.fix = fix
    }

    public static func == (lhs: Rule, rhs: Rule) -> Bool {
        lhs === rhs || (lhs.id == rhs.id && lhs.group == rhs.group && lhs.title == rhs.title
            && lhs.category == rhs.category && lhs.item == rhs.item && lhs.rationale == rhs.rationale && lhs.fix == rhs.fix)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
    }
}
