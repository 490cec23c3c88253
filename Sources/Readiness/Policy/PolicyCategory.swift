/// One section of the checklist; a review has one `##` heading per category.
///
/// Item lookups (`item(matching:)`, `item(id:)`) use indexes built when the
/// category is created or changed, so matching thousands of reviews' lines
/// costs dictionary lookups. Equality compares content only.
public struct PolicyCategory: Sendable {
    /// A short stable id such as `failure-modes`.
    public var id: String {
        get { storage.id }
        set { storage = Storage(id: newValue, title: title, aliases: aliases, items: items) }
    }
    /// The heading reviews use, such as "Failure modes and recovery".
    public var title: String {
        get { storage.title }
        set { storage = Storage(id: id, title: newValue, aliases: aliases, items: items) }
    }
    /// Other headings a review may use for this category.
    public var aliases: [String] {
        get { storage.aliases }
        set { storage = Storage(id: id, title: title, aliases: newValue, items: items) }
    }
    /// The checklist items, in the order reviews and pages list them.
    public var items: [PolicyItem] {
        get { storage.items }
        set { storage = Storage(id: id, title: title, aliases: aliases, items: newValue) }
    }
    /// `fullID(of:)` of each item, made once: every review's scorecard
    /// holds one per item, and shared strings take no memory of their own.
    public var fullIDs: [String] { storage.fullIDs }
    /// `fullIDs` lowercased, as findings name items: every review's
    /// readiness summary looks each one up.
    var lowercasedFullIDs: [String] { storage.lowercasedFullIDs }
    /// The items' titles, made once for the same reason: every review's
    /// scorecard shares this one array rather than holding its own.
    public var titles: [String] { storage.titles }

    /// The fields and their indexes in one immutable box, replaced on every
    /// change. Validation and pages copy categories for every review; one
    /// box is one retain where ten fields were ten (about a percent of a
    /// build's time).
    private final class Storage: Sendable {
        let id: String
        let title: String
        let aliases: [String]
        let items: [PolicyItem]
        let matcher: NameMatcher
        let positionsByID: [String: Int]
        let fullIDs: [String]
        let lowercasedFullIDs: [String]
        let titles: [String]

        init(id: String, title: String, aliases: [String], items: [PolicyItem]) {
            self.id = id
            self.title = title
            self.aliases = aliases
            self.items = items
            (matcher, positionsByID) = NameMatcher.index(
                ids: items.map(\.id), titles: items.map(\.title), aliases: items.map(\.aliases))
            fullIDs = items.map { "\(id).\($0.id)" }
            lowercasedFullIDs = fullIDs.map(EntityRef.lowercased)
            titles = items.map(\.title)
        }
    }

    private var storage: Storage

    public init(id: String, title: String, aliases: [String] = [], items: [PolicyItem] = []) {
        storage = Storage(id: id, title: title, aliases: aliases, items: items)
    }

    /// The item with exactly this id (`load-testing`).
    public func item(id: String) -> PolicyItem? {
        storage.positionsByID[id].map { items[$0] }
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
        storage.matcher.match(text)
    }

    /// `category.item`, the id used across the whole policy.
    public func fullID(of item: PolicyItem) -> String {
        if let position = storage.positionsByID[item.id] { return fullIDs[position] }
        return "\(id).\(item.id)"
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
