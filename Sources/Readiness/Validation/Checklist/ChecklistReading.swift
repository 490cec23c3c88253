import CommonMark

/// A review's task-list lines matched to the policy's categories and items.
public struct ChecklistReading: Sendable {
    /// One answered policy item.
    public struct Entry: Sendable, Hashable {
        public let categoryID: String
        public let itemID: String
        public let task: TaskListItem

        public var fullID: String { "\(categoryID).\(itemID)" }
    }

    /// Answered items by full id (`category.item`), first line wins.
    public private(set) var entries: [String: Entry] = [:]
    /// The `##` heading of each category that the body has, by category id.
    public private(set) var headings: [String: MarkdownHeading] = [:]
    /// Problems in how the checklist is written (unknown items and headings, duplicates).
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ parsed: ParsedReview, policy: Policy) {
        let document = parsed.document
        let file = document.file
        for heading in document.headings where heading.level == 2 {
            if let category = policy.category(matchingHeading: heading.text), headings[category.id] == nil {
                headings[category.id] = heading
            }
        }
        entries.reserveCapacity(parsed.checklist.count)
        var reportedHeadings: Set<Int> = []
        // Tasks come section by section: match each heading once, not once per task.
        var lastHeading: String?
        var lastCategory: PolicyCategory?
        func category(matching heading: String) -> PolicyCategory? {
            if heading != lastHeading {
                lastHeading = heading
                lastCategory = policy.category(matchingHeading: heading)
            }
            return lastCategory
        }
        for task in parsed.checklist {
            let at = SourceLocation(file: file, line: task.line, column: task.column)
            guard let heading = task.sectionHeading, let category = category(matching: heading) else {
                let line = task.sectionLine ?? task.line
                if reportedHeadings.insert(line).inserted {
                    let suggestion = task.sectionHeading.flatMap { Suggestion.closest(to: $0, in: policy.categories.map(\.title)) }
                    let message = task.sectionHeading.map { "the heading `\($0)` is not a checklist category, so its items count for nothing" }
                        ?? "checklist items appear before any category heading, so they count for nothing"
                    diagnostics.append(Diagnostic(
                        .warning, Rule.checklistUnknownHeading.id, message,
                        at: SourceLocation(file: file, line: line, column: 1),
                        hint: suggestion.map { "Did you mean `## \($0)`?" } ?? Rule.checklistUnknownHeading.fix))
                }
                continue
            }
            guard let item = category.item(matching: task.title) ?? category.item(matching: task.text) else {
                let suggestion = Suggestion.closest(to: task.title, in: category.items.map(\.title))
                diagnostics.append(Diagnostic(
                    .warning, Rule.checklistUnknownItem.id,
                    "`\(task.title)` is not an item of \(category.title)", at: at,
                    hint: suggestion.map { "Did you mean `\($0)`?" } ?? Rule.checklistUnknownItem.fix))
                continue
            }
            let entry = Entry(categoryID: category.id, itemID: item.id, task: task)
            let fullID = entry.fullID
            if let first = entries[fullID] {
                diagnostics.append(Diagnostic(
                    .warning, Rule.checklistDuplicateItem.id,
                    "`\(item.title)` is listed again; line \(first.task.line) counts", at: at,
                    hint: Rule.checklistDuplicateItem.fix))
                continue
            }
            entries[fullID] = entry
        }
    }

    /// The answer for an item, if the review lists it.
    public func entry(_ fullID: String) -> Entry? { entries[fullID] }

    /// Whether the item is ticked.
    public func isChecked(_ fullID: String) -> Bool { entries[fullID]?.task.state == .checked }
}
