import Readiness

/// Every finding of the site, flattened and grouped once per build for the
/// dashboard, the gap summary, the tier pages and `gaps.json`.
///
/// Nothing here decides what is open or accepted: that is
/// `Finding.isAccepted`, the one definition `ReviewValidation.openFindings`
/// and `ReadinessSummary` use too, so every page shows the same numbers.
struct GapIndex {
    /// One finding of one review.
    struct Gap {
        /// Index into `Site.reviews` and `Site.validations`.
        let review: Int
        let finding: Finding
        /// The review section the finding belongs to: its category's heading
        /// anchor, or the findings list when the category has no heading.
        let anchor: String
    }

    /// All findings, in review order (service name), then each review's finding order.
    let all: [Gap]
    /// Findings no accepted risk covers.
    let open: [Gap]
    /// Findings an unexpired accepted risk covers.
    let accepted: [Gap]

    /// The anchor used when a finding has no category section to link to.
    static let findingsAnchor = "findings"

    init(_ site: Site) {
        var all: [Gap] = []
        for (index, validation) in site.validations.enumerated() {
            for finding in validation.findings {
                let anchor = validation.anchor(ofCategory: finding.category) ?? Self.findingsAnchor
                all.append(Gap(review: index, finding: finding, anchor: anchor))
            }
        }
        self.all = all
        open = all.filter { !$0.finding.isAccepted }
        accepted = all.filter { $0.finding.isAccepted }
    }

    /// Open gaps grouped by rule, the rules with most open findings first, then by id.
    func openByRule(in gaps: [Gap]? = nil) -> [(rule: Rule, gaps: [Gap])] {
        Dictionary(grouping: gaps ?? open, by: \.finding.rule.id)
            .compactMap { _, gaps in gaps.first.map { (rule: $0.finding.rule, gaps: gaps) } }
            .sorted { $0.gaps.count != $1.gaps.count ? $0.gaps.count > $1.gaps.count : $0.rule.id < $1.rule.id }
    }

    /// The anchor of a rule's section on the gap summary page.
    static func ruleAnchor(_ rule: Rule) -> String { "rule-" + rule.id }
}
