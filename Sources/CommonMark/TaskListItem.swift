/// A checklist entry of a review: a list item starting with `[ ]`, `[x]` or
/// `[n/a]`.
///
/// For `- [x] Latency dashboards (p50, p99) — [Grafana](https://g/d)`:
/// `text` is `Latency dashboards (p50, p99) — Grafana`, `title` is
/// `Latency dashboards (p50, p99)`, `note` is `Grafana` and `links` is
/// `["https://g/d"]`.
public struct TaskListItem: Sendable, Hashable {
    /// The checkbox state written by the author.
    public enum State: String, Sendable, Hashable, Codable, CaseIterable {
        /// `[ ]`
        case unchecked
        /// `[x]` or `[X]`
        case checked
        /// `[n/a]`, any case: the item does not apply; ``TaskListItem/note`` says why.
        case notApplicable
    }

    public let state: State
    /// Line of the list item in the original file (lineOffset applied).
    public let line: Int
    /// 1-based column of the item's list marker.
    public let column: Int

    // A review holds all its task items from parse to validation, and a
    // large site's items were the biggest part of a build's peak memory. So
    // the text and the link destinations share one string (a NUL, which
    // libcmark never passes on, ends each), the title and note are ranges
    // of the text, and the items of a section share one heading.
    private let storage: String
    private let textEnd: Int32
    private let titleRange: Range<Int32>
    private let noteRange: Range<Int32>?
    private let section: Section?

    /// The item's heading, shared by every item under it.
    final class Section: Sendable, Hashable {
        let heading: MarkdownHeading

        init(_ heading: MarkdownHeading) { self.heading = heading }

        static func == (lhs: Section, rhs: Section) -> Bool { lhs === rhs || lhs.heading == rhs.heading }
        func hash(into hasher: inout Hasher) { hasher.combine(heading) }
    }

    /// `text` is the item's UTF-8 text; `title` and `note` are byte ranges of it.
    init(
        state: State, text: ArraySlice<UInt8>, title: Range<Int>, note: Range<Int>?, links: [String],
        line: Int, column: Int, section: Section?
    ) {
        self.state = state
        let count = text.count + 1 + links.reduce(0) { $0 + $1.utf8.count + 1 }
        storage = String(unsafeUninitializedCapacity: count) { buffer in
            var position = buffer.initialize(fromContentsOf: text)
            buffer[position] = 0
            position += 1
            for link in links {
                position = buffer[position...].initialize(fromContentsOf: link.utf8)
                buffer[position] = 0
                position += 1
            }
            return position
        }
        textEnd = Int32(text.count)
        let start = text.startIndex
        titleRange = Int32(title.lowerBound - start)..<Int32(title.upperBound - start)
        noteRange = note.map { Int32($0.lowerBound - start)..<Int32($0.upperBound - start) }
        self.line = line
        self.column = column
        self.section = section
    }

    /// The item's plain text after the marker, trimmed. Nested lists are not
    /// part of it (their items are task items of their own).
    public var text: String { string(0..<textEnd) }
    /// The text before the first evidence separator (an em dash `—`, ` -- `,
    /// ` - `, or `:` followed by a space), or before the first link when that
    /// comes earlier (a link at the very start does not end the title). Trimmed.
    public var title: String { string(titleRange) }
    /// The text after the separator (or from the first link on), trimmed; nil
    /// when there is none. For ``State/notApplicable`` this is the reason.
    public var note: String? { noteRange.map(string) }
    /// Destinations of the links and images in the item, in order (nested lists
    /// excluded).
    public var links: [String] {
        let utf8 = storage.utf8
        let after = utf8.index(utf8.startIndex, offsetBy: Int(textEnd) + 1, limitedBy: utf8.endIndex) ?? utf8.endIndex
        return utf8[after...].split(separator: 0, omittingEmptySubsequences: false).dropLast().map { String(Substring($0)) }
    }
    /// Text of the nearest preceding level-2 (`##`) heading, nil if none.
    public var sectionHeading: String? { section?.heading.text }
    /// Line of that heading in the original file, nil if none.
    public var sectionLine: Int? { section?.heading.line }
    /// Anchor of that heading (see ``MarkdownHeading/anchor``), nil if none.
    public var sectionAnchor: String? { section?.heading.anchor }

    private func string(_ range: Range<Int32>) -> String {
        let utf8 = storage.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(range.lowerBound), limitedBy: utf8.endIndex) ?? utf8.endIndex
        let end = utf8.index(start, offsetBy: range.count, limitedBy: utf8.endIndex) ?? utf8.endIndex
        return String(Substring(utf8[start..<end]))
    }
}
