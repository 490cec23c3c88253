/// The anchor of each checklist category's `##` heading in a review's body,
/// by category id.
///
/// A short array searched in order rather than a dictionary: a policy has a
/// handful of categories, and a dictionary per review took 580 bytes of
/// every validation a large site keeps until its pages are written.
public struct CategoryAnchors: Sendable, Equatable {
    private struct Entry: Sendable, Equatable {
        let category: String
        let anchor: String
    }

    /// Sorted by category id, so equal anchors compare equal.
    private let entries: [Entry]

    public init(_ anchors: [String: String]) {
        entries = anchors.map { Entry(category: $0.key, anchor: $0.value) }
            .sorted { $0.category.utf8.lexicographicallyPrecedes($1.category.utf8) }
    }

    /// The anchor of a category's heading, nil when the body has none.
    public subscript(category: String) -> String? {
        entries.first { $0.category == category }?.anchor
    }

    /// How many categories have a heading in the body.
    public var count: Int { entries.count }
}
