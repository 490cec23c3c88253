/// What readiness means for this organisation: the checklist, what each tier
/// demands and the thresholds of the gap rules.
///
/// `Policy.default` is the built-in policy; `PolicyLoader` applies
/// `Content/policy.yaml` on top of it and `PolicyPrinter` writes the effective
/// policy back out. Lookups by heading and full id use indexes built when the
/// policy is created or changed. Equality compares content only.
public struct Policy: Sendable {
    /// The checklist sections, in the order reviews and pages list them.
    public var categories: [PolicyCategory] { didSet { reindex() } }
    /// Reviewer, sign-off and mode rules per tier (see `tier(_:)`).
    public var tiers: [Tier: TierPolicy]
    public var thresholds: PolicyThresholds

    private var headings = NameMatcher()
    /// Each item's full id and the significant words of its title
    /// (`TemplateChangeMatcher.words`), in checklist order: made once per
    /// policy rather than for every retrospective's proposals.
    private(set) var itemTitleWords: [(fullID: String, words: Set<String>)] = []
    private var categoryPositions: [String: Int] = [:]
    private var itemPositions: [String: Int] = [:]
    /// `itemPositions` of each category's items, by category and item position.
    private var itemPositionsByCategory: [[Int]] = []

    public init(categories: [PolicyCategory], tiers: [Tier: TierPolicy], thresholds: PolicyThresholds = PolicyThresholds()) {
        self.categories = categories
        self.tiers = tiers
        self.thresholds = thresholds
        reindex()
    }

    /// The rules for `tier`; a tier missing from `tiers` gets the built-in rules.
    public func tier(_ tier: Tier) -> TierPolicy {
        tiers[tier] ?? TierPolicy.default(for: tier)
    }

    /// The category with exactly this id (`failure-modes`).
    public func category(id: String) -> PolicyCategory? {
        categoryPositions[id].map { categories[$0] }
    }

    /// The category a review's `##` heading names, by id, title or alias,
    /// ignoring case, punctuation and spacing ("Monitoring & Alerting").
    public func category(matchingHeading heading: String) -> PolicyCategory? {
        categoryPosition(matchingHeading: heading).map { categories[$0] }
    }

    /// Where the category a review's `##` heading names comes in `categories`.
    public func categoryPosition(matchingHeading heading: String) -> Int? {
        headings.match(heading)
    }

    /// The item with a full id such as `capacity.load-testing`.
    public func item(fullID: String) -> PolicyItem? {
        entry(fullID: fullID)?.item
    }

    /// The category and item of a full id such as `capacity.load-testing`.
    public func entry(fullID: String) -> (category: PolicyCategory, item: PolicyItem)? {
        guard let dot = fullID.firstIndex(of: ".") else { return nil }
        guard let category = category(id: String(fullID[..<dot])) else { return nil }
        guard let item = category.item(id: String(fullID[fullID.index(after: dot)...])) else { return nil }
        return (category, item)
    }

    /// The number of items across all categories.
    public var itemCount: Int { itemPositions.count }

    /// Where the item with this full id comes in the checklist, counting
    /// every category's items in order, duplicates once; nil when the
    /// policy has no such item. Answers by position fit in an array.
    public func itemPosition(fullID: String) -> Int? {
        itemPositions[fullID]
    }

    /// ``itemPosition(fullID:)`` of the item at `item` in the category at
    /// `category` in `categories`, without making and hashing its full id:
    /// every checklist line of every review asks.
    public func itemPosition(category: Int, item: Int) -> Int {
        itemPositionsByCategory[category][item]
    }

    /// Every item's full id, in checklist order.
    public var fullIDs: [String] {
        categories.flatMap { category in category.items.map { category.fullID(of: $0) } }
    }

    private mutating func reindex() {
        let (headings, positions) = NameMatcher.index(
            ids: categories.map(\.id), titles: categories.map(\.title), aliases: categories.map(\.aliases))
        var itemPositions: [String: Int] = [:]
        itemPositionsByCategory = categories.map { category in
            category.fullIDs.map { fullID in
                if let position = itemPositions[fullID] { return position }
                itemPositions[fullID] = itemPositions.count
                return itemPositions.count - 1
            }
        }
        self.headings = headings
        self.categoryPositions = positions
        self.itemPositions = itemPositions
        itemTitleWords = categories.flatMap { category in
            category.items.map { (category.fullID(of: $0), Set(TemplateChangeMatcher.words($0.title))) }
        }
    }
}

extension Policy: Hashable {
    public static func == (lhs: Policy, rhs: Policy) -> Bool {
        lhs.categories == rhs.categories && lhs.tiers == rhs.tiers && lhs.thresholds == rhs.thresholds
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(categories)
        hasher.combine(tiers)
        hasher.combine(thresholds)
    }
}
