/// One section of the checklist; a review has one `##` heading per category.
///
/// Item lookups (`item(matching:)`, `item(id:)`) use indexes built when the
/// category is created or changed, so matching thousands of reviews' lines
/// costs dictionary lookups. Equality compares content only.
public struct PolicyCategory: Sendable {
    /// A short stable id such as `failure-modes`.
    public var id: String { didSet { reindex() } }
    /// The heading reviews use, such as "Failure modes and recovery".
    public var title: String { didSet { reindex() } }
    /// Other headings a review may use for this category.
    public var aliases: [String] { didSet { reindex() } }
    /// The checklist items, in the order reviews and pages list them.
    public var items: [PolicyItem] { didSet { reindex() } }

    private var matcher = NameMatcher()
    private var positionsByID: [String: Int] = [:]
    /// `fullID(of:)` of each item, made once: every review's scorecard
    /// holds one per item, and shared strings take no memory of their own.
    public private(set) var fullIDs: [String] = []
    /// `fullIDs` lowercased, as findings name items: every review's
    /// readiness summary looks each one up.
    private(set) var lowercasedFullIDs: [String] = []
    /// The items' titles, made once for the same reason: every review's
    /// scorecard shares this one array rather than holding its own.
    public private(set) var titles: [String] = []

    public init(id: String, title: String, aliases: [String] = [], items: [PolicyItem] = []) {
        self.id = id
        self.title = title
        self.aliases = aliases
        self.items = items
        reindex()
    }

    /// The item with exactly this id (`load-testing`).
    public func item(id: String) -> PolicyItem? {
        positionsByID[id].map { items[$0] }
    }

    /// The item a review's checklist line names, by id, title or alias.
    ///
    /// Case, punctuation and spacing are ignored, and text after the title
    /// (evidence, a reason) is allowed: "latency dashboards (p50, p99,
    /// p99.9) — Grafana" and "Latency-Dashboards" both find
    /// `latency-dashboards`. Returns nil when nothing matches.
    public func item(matching text: String) -> PolicyItem? {
        itemPosition(matching: text).map { items[$0] }
    }

    /// Where the item ``item(matching:)`` finds comes in `items`.
    public func itemPosition(matching text: String) -> Int? {
        matcher.match(text)
    }

    /// `category.item`, the id used across the whole policy.
    public func fullID(of item: PolicyItem) -> String {
        if let position = positionsByID[item.id] { return fullIDs[position] }
        return "\(id).\(item.id)"
    }

    private mutating func reindex() {
        var names: [(name: String, position: Int)] = []
        var positionsByID: [String: Int] = [:]
        // Ids and titles first, so an alias can never take another item's own name.
        for (position, item) in items.enumerated() {
            if positionsByID[item.id] == nil { positionsByID[item.id] = position }
            names.append((item.id, position))
            names.append((item.title, position))
        }
        for (position, item) in items.enumerated() {
            for alias in item.aliases { names.append((alias, position)) }
        }
        matcher = NameMatcher(names)
        self.positionsByID = positionsByID
        fullIDs = items.map { "\(id).\($0.id)" }
        lowercasedFullIDs = fullIDs.map(EntityRef.lowercased)
        titles = items.map(\.title)
    }
}

extension PolicyCategory: Hashable {
    public static func == (lhs: PolicyCategory, rhs: PolicyCategory) -> Bool {
        lhs.id == rhs.id && lhs.title == rhs.title && lhs.aliases == rhs.aliases && lhs.items == rhs.items
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(title)
        hasher.combine(aliases)
        hasher.combine(items)
    }
}
