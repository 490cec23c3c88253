import Readiness

/// Every finding of the site, flattened and grouped once per build for the
/// dashboard, the gap summary, the tier pages and `gaps.json`.
///
/// Nothing here decides what is open or accepted: that is
/// `Finding.isAccepted`, the one definition `ReviewValidation.openFindings`
/// and `ReadinessSummary` use too, so every page shows the same numbers.
struct GapIndex {
    /// One finding of one review.
    ///
    /// A class: each gap is listed by several orders (all, open, by rule,
    /// by tier), and copying a finding's dozen references into each was a
    /// tenth of a `prr serve` rebuild. The finding stays in its validation
    /// rather than being copied here: a copy in each of 37,000 gaps was
    /// 15 MB of a 10,000-review build's peak.
    final class Gap: Sendable {
        /// Index into `Site.reviews` and `Site.validations`.
        let review: Int
        private let validation: ReviewValidation
        private let position: Int
        /// The review section the finding belongs to: its category's heading
        /// anchor, or the findings list when the category has no heading.
        let anchor: String

        var finding: Finding { validation.findings[position] }

        init(review: Int, validation: ReviewValidation, position: Int, anchor: String) {
            self.review = review
            self.validation = validation
            self.position = position
            self.anchor = anchor
        }
    }

    /// All findings, in review order (service name), then each review's finding order.
    let all: [Gap]
    /// Findings no accepted risk covers.
    let open: [Gap]
    /// Findings an unexpired accepted risk covers.
    let accepted: [Gap]
    /// Some gaps of one rule, with how many services they concern (counted
    /// once: the gap summary, the tier pages and the home page all show it).
    struct RuleGroup {
        let rule: Rule
        let gaps: [Gap]
        let services: Int

        init(rule: Rule, gaps: [Gap]) {
            self.rule = rule
            self.gaps = gaps
            services = Set(gaps.map(\.review)).count
        }
    }

    /// Open gaps grouped by rule, as ``byRule(_:)`` orders them.
    let openRules: [RuleGroup]
    /// Where each review's findings are in `all`, by review index.
    private let reviewRanges: [Range<Int>]

    /// The anchor used when a finding has no category section to link to.
    static let findingsAnchor = "findings"

    init(_ site: Site) {
        var all: [Gap] = []
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(site.validations.count)
        for (index, validation) in site.validations.enumerated() {
            let start = all.count
            for (position, finding) in validation.findings.enumerated() {
                let anchor = validation.anchor(ofCategory: finding.category) ?? Self.findingsAnchor
                all.append(Gap(review: index, validation: validation, position: position, anchor: anchor))
            }
            ranges.append(start..<all.count)
        }
        self.all = all
        reviewRanges = ranges
        open = all.filter { !$0.finding.isAccepted }
        accepted = all.filter { $0.finding.isAccepted }
        openRules = Self.byRule(open)
    }

    /// The findings of the review at `index` of `Site.reviews`, open and accepted.
    func gaps(ofReview index: Int) -> ArraySlice<Gap> {
        reviewRanges.indices.contains(index) ? all[reviewRanges[index]] : []
    }

    /// Gaps grouped by rule, the rules with most findings first, then by id.
    static func byRule(_ gaps: [Gap]) -> [RuleGroup] {
        Dictionary(grouping: gaps, by: \.finding.rule.id)
            .compactMap { _, gaps in gaps.first.map { RuleGroup(rule: $0.finding.rule, gaps: gaps) } }
            .sorted { $0.gaps.count != $1.gaps.count ? $0.gaps.count > $1.gaps.count : $0.rule.id < $1.rule.id }
    }

    /// The anchor of a rule's section on the gap summary page.
    static func ruleAnchor(_ rule: Rule) -> String { "rule-" + rule.id }
}
