/// How ready one review is, derived from its findings: one definition used by
/// `prr check`, every page and the JSON output.
public struct ReadinessSummary: Sendable, Hashable {
    public enum State: String, Sendable, Hashable, CaseIterable, Codable {
        /// No open findings and no accepted risks.
        case ready
        /// No open findings; some gaps are covered by unexpired accepted risks.
        case readyWithAcceptedRisks = "ready-with-accepted-risks"
        /// At least one open finding.
        case notReady = "not-ready"

        public var label: String {
            switch self {
            case .ready: return "Ready"
            case .readyWithAcceptedRisks: return "Ready with accepted risks"
            case .notReady: return "Not ready"
            }
        }
    }

    /// Where one checklist item stands.
    public enum ItemState: String, Sendable, Hashable, Codable {
        /// Ticked, and no open finding contradicts it.
        case met
        /// Marked N/A with a reason.
        case notApplicable = "n/a"
        /// Not met, but an unexpired accepted risk covers it.
        case accepted
        /// Required and not met (unchecked, absent, or contradicted).
        case unmet
        /// Not required for the tier and not met.
        case optional
    }

    public struct ItemScore: Sendable, Hashable {
        public let id: String
        public let title: String
        public let required: Bool
        public let state: ItemState
        /// The line of the item in the review, when listed.
        public let line: Int?
    }

    public struct CategoryScore: Sendable, Hashable {
        public let id: String
        public let title: String
        /// The heading anchor of the category's section in the review body.
        public let anchor: String?
        // A whole ItemScore (56 bytes) per item of every review was 21 MB
        // of a build's peak at 10,000 reviews. The ids and titles are the
        // policy's, one array shared by every scorecard; only each item's
        // mark is the review's own, a slice of the review's one array.
        private let ids: [String]
        private let titles: [String]
        private let marks: ArraySlice<Mark>

        fileprivate init(_ category: PolicyCategory, anchor: String?, marks: ArraySlice<Mark>) {
            id = category.id
            title = category.title
            self.anchor = anchor
            ids = category.fullIDs
            titles = category.titles
            self.marks = marks
        }

        /// The items in the policy's order; made on each call, so read it once.
        public var items: [ItemScore] {
            zip(marks, zip(ids, titles)).map { mark, name in
                ItemScore(id: name.0, title: name.1, required: mark.required, state: mark.state, line: mark.line)
            }
        }

        public var required: Int { marks.filter(\.required).count }
        /// Required items that are met or N/A.
        public var met: Int { marks.filter { $0.required && ($0.state == .met || $0.state == .notApplicable) }.count }
        public var accepted: Int { marks.filter { $0.required && $0.state == .accepted }.count }
        public var unmet: Int { marks.filter { $0.required && $0.state == .unmet }.count }
        public var notApplicable: Int { marks.filter { $0.state == .notApplicable }.count }
    }

    /// Where one review stands on one item, in 8 bytes.
    fileprivate struct Mark: Sendable, Hashable {
        /// The item's line in the review; 0 when it is not listed.
        private let line32: Int32
        let state: ItemState
        let required: Bool

        var line: Int? { line32 == 0 ? nil : Int(line32) }

        init(line: Int?, state: ItemState, required: Bool) {
            line32 = line.map { Int32(clamping: $0) } ?? 0
            self.state = state
            self.required = required
        }
    }

    public let state: State
    public let openFindings: Int
    /// Open findings of severity error: what list rows count, kept so no
    /// page filters a review's findings again for each row it shows.
    public let openErrors: Int
    public let acceptedFindings: Int
    /// The policy's categories, shared by every review's summary.
    private let policyCategories: [PolicyCategory]
    /// Each category's heading anchor in the review, in the policy's order.
    private let anchors: [String?]
    /// Every item's mark, category after category: one array per review,
    /// where eight (one per category) and a score per category took over a
    /// kilobyte of each review a large site keeps until its pages are written.
    private let marks: [Mark]

    /// The scorecard, category by category in the policy's order; made on
    /// each call, so read it once.
    public var categories: [CategoryScore] {
        var start = marks.startIndex
        return zip(policyCategories, anchors).map { category, anchor in
            let end = min(start + category.items.count, marks.endIndex)
            defer { start = end }
            return CategoryScore(category, anchor: anchor, marks: marks[start..<end])
        }
    }

    init(findings: [Finding], checklist: ChecklistReading, policy: Policy, tier: Tier) {
        let open = findings.filter { !$0.isAccepted }
        openFindings = open.count
        openErrors = open.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) }
        acceptedFindings = findings.count - open.count
        state = !open.isEmpty ? .notReady : acceptedFindings > 0 ? .readyWithAcceptedRisks : .ready
        let openItems = Set(open.compactMap { $0.item?.lowercased() })
        let acceptedItems = Set(findings.filter(\.isAccepted).compactMap { $0.item?.lowercased() })
        policyCategories = policy.categories
        anchors = policy.categories.map { checklist.headings[$0.id]?.anchor }
        marks = policy.categories.flatMap { category in
            category.items.indices.map { position -> Mark in
                let item = category.items[position]
                let entry = checklist.entry(category.fullIDs[position])
                let required = item.isRequired(for: tier)
                let key = category.lowercasedFullIDs[position]
                let isOpen = openItems.contains(key)
                let state: ItemState
                if acceptedItems.contains(key) && !isOpen {
                    state = .accepted
                } else if isOpen {
                    state = required ? .unmet : .optional
                } else {
                    switch entry?.state {
                    case .checked?: state = .met
                    case .notApplicable?: state = entry?.hasNote == true ? .notApplicable : (required ? .unmet : .optional)
                    default: state = required ? .unmet : .optional
                    }
                }
                return Mark(line: entry?.line, state: state, required: required)
            }
        }
    }
}
