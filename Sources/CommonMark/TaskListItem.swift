/// A checklist entry of a review: a list item starting with `[ ]`, `[x]` or
/// `[n/a]`.
///
/// For `- [x] Latency dashboards (p50, p99) — [Grafana](https://g/d)`:
/// `text` is `Latency dashboards (p50, p99) — Grafana`, `title` is
/// `Latency dashboards (p50, p99)`, `note` is `Grafana` and `links` is
/// `["https://g/d"]`.
public struct TaskListItem: Sendable, Hashable, Codable {
    /// The checkbox state written by the author.
    public enum State: String, Sendable, Hashable, Codable, CaseIterable {
        /// `[ ]`
        case unchecked
        /// `[x]` or `[X]`
        case checked
        /// `[n/a]`, any case: the item does not apply; ``TaskListItem/note`` says why.
        case notApplicable
    }

    public var state: State
    /// The item's plain text after the marker, trimmed. Nested lists are not
    /// part of it (their items are task items of their own).
    public var text: String
    /// The text before the first evidence separator (an em dash `—`, ` -- `,
    /// ` - `, or `:` followed by a space), or before the first link when that
    /// comes earlier (a link at the very start does not end the title). Trimmed.
    public var title: String
    /// The text after the separator (or from the first link on), trimmed; nil
    /// when there is none. For ``State/notApplicable`` this is the reason.
    public var note: String?
    /// Destinations of the links and images in the item, in order (nested lists
    /// excluded).
    public var links: [String]
    /// Line of the list item in the original file (lineOffset applied).
    public var line: Int
    /// 1-based column of the item's list marker.
    public var column: Int
    /// Text of the nearest preceding level-2 (`##`) heading, nil if none.
    public var sectionHeading: String?
    /// Line of that heading in the original file, nil if none.
    public var sectionLine: Int?
    /// Anchor of that heading (see ``MarkdownHeading/anchor``), nil if none.
    public var sectionAnchor: String?

    public init(
        state: State, text: String, title: String, note: String? = nil, links: [String] = [],
        line: Int, column: Int,
        sectionHeading: String? = nil, sectionLine: Int? = nil, sectionAnchor: String? = nil
    ) {
        self.state = state
        self.text = text
        self.title = title
        self.note = note
        self.links = links
        self.line = line
        self.column = column
        self.sectionHeading = sectionHeading
        self.sectionLine = sectionLine
        self.sectionAnchor = sectionAnchor
    }
}
