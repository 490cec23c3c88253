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
    public var line: Int { Int(line32) }
    /// 1-based column of the item's list marker.
    public var column: Int { Int(column32) }

    // Every review's items are made while it is parsed, dozens per
    // review. So all the items of a document share one string holding, item
    // after item, the text and the link destinations (a NUL, which libcmark
    // never passes on, ends each): one allocation per document instead of
    // several per item. An item keeps where its part starts and, relative to
    // that, where its text, title, note and links are; the items of a
    // section share one heading.
    private let storage: String
    private let start: Int32
    private let textEnd: Int32
    private let linksEnd: Int32
    private let titleRange: Range<Int32>
    private let noteRange: Range<Int32>?
    private let line32: Int32
    private let column32: Int32
    private let section: Section?

    /// The item's heading, shared by every item under it.
    final class Section: Sendable, Hashable {
        let heading: MarkdownHeading

        init(_ heading: MarkdownHeading) { self.heading = heading }

        static func == (lhs: Section, rhs: Section) -> Bool { lhs === rhs || lhs.heading == rhs.heading }
        func hash(into hasher: inout Hasher) { hasher.combine(heading) }
    }

    /// Builds the shared string of a document's items, then the items.
    struct Builder {
        private struct Part {
            let state: State
            let start: Int32, textEnd: Int32, linksEnd: Int32
            let title: Range<Int32>, note: Range<Int32>?
            let line: Int32, column: Int32
            let section: Section?
        }

        private var bytes: [UInt8] = []
        private var parts: [Part] = []

        /// Adds an item: `text` is its UTF-8 text; `title` and `note` are byte ranges of it.
        mutating func add(
            state: State, text: ArraySlice<UInt8>, title: Range<Int>, note: Range<Int>?, links: [String],
            line: Int, column: Int, section: Section?
        ) {
            let start = bytes.count
            bytes += text
            bytes.append(0)
            for link in links {
                bytes += link.utf8
                bytes.append(0)
            }
            let base = text.startIndex
            func relative(_ range: Range<Int>) -> Range<Int32> {
                Int32(clamping: range.lowerBound - base)..<Int32(clamping: range.upperBound - base)
            }
            parts.append(Part(
                state: state, start: Int32(clamping: start), textEnd: Int32(clamping: text.count),
                linksEnd: Int32(clamping: bytes.count - start), title: relative(title), note: note.map(relative),
                line: Int32(clamping: line), column: Int32(clamping: column), section: section))
        }

        /// The items added, in order, sharing one string.
        func items() -> [TaskListItem] {
            // The bytes are libcmark's UTF-8 split at ASCII characters and
            // NULs, so they decode unchanged and every offset still holds.
            let storage = String(decoding: bytes, as: UTF8.self)
            return parts.map { part in
                TaskListItem(
                    state: part.state, storage: storage, start: part.start, textEnd: part.textEnd,
                    linksEnd: part.linksEnd, titleRange: part.title, noteRange: part.note,
                    line32: part.line, column32: part.column, section: part.section)
            }
        }
    }

    private init(
        state: State, storage: String, start: Int32, textEnd: Int32, linksEnd: Int32,
        titleRange: Range<Int32>, noteRange: Range<Int32>?, line32: Int32, column32: Int32, section: Section?
    ) {
        self.state = state
        self.storage = storage
        self.start = start
        self.textEnd = textEnd
        self.linksEnd = linksEnd
        self.titleRange = titleRange
        self.noteRange = noteRange
        self.line32 = line32
        self.column32 = column32
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
        let from = Int(start) + Int(textEnd) + 1, to = Int(start) + Int(linksEnd)
        guard from < to, let first = utf8.index(utf8.startIndex, offsetBy: from, limitedBy: utf8.endIndex),
              let last = utf8.index(utf8.startIndex, offsetBy: to, limitedBy: utf8.endIndex) else { return [] }
        return utf8[first..<last].split(separator: 0, omittingEmptySubsequences: false).dropLast()
            .map { String(Substring($0)) }
    }
    /// Whether the item has links or images: `!links.isEmpty`, without
    /// making the strings.
    public var hasLinks: Bool { linksEnd > textEnd + 1 }
    /// Whether the item has a non-empty ``note``, without making the string.
    public var hasNote: Bool { noteRange.map { !$0.isEmpty } ?? false }
    /// Text of the nearest preceding level-2 (`##`) heading, nil if none.
    public var sectionHeading: String? { section?.heading.text }
    /// Line of that heading in the original file, nil if none.
    public var sectionLine: Int? { section?.heading.line }
    /// Anchor of that heading (see ``MarkdownHeading/anchor``), nil if none.
    public var sectionAnchor: String? { section?.heading.anchor }

    private func string(_ range: Range<Int32>) -> String {
        let utf8 = storage.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: Int(start) + Int(range.lowerBound), limitedBy: utf8.endIndex)
            ?? utf8.endIndex
        let to = utf8.index(from, offsetBy: range.count, limitedBy: utf8.endIndex) ?? utf8.endIndex
        return String(Substring(utf8[from..<to]))
    }

    // Equal items say the same things, whichever document's string holds them.
    public static func == (lhs: TaskListItem, rhs: TaskListItem) -> Bool {
        lhs.state == rhs.state && lhs.line32 == rhs.line32 && lhs.column32 == rhs.column32
            && lhs.section == rhs.section && lhs.text == rhs.text && lhs.titleRange == rhs.titleRange
            && lhs.noteRange == rhs.noteRange && lhs.links == rhs.links
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(state)
        hasher.combine(line32)
        hasher.combine(column32)
        hasher.combine(text)
    }
}
