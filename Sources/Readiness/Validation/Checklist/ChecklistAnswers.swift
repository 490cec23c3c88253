import CommonMark

/// What a review's task-list lines answer, matched to the policy's items as
/// soon as the body is parsed.
///
/// Matching at parse time lets the task items go at once. Validation needs
/// the site-wide tables, which need every review's front matter, so the
/// items of every review used to wait in memory until the last file was
/// parsed: at 100,000 reviews, a third of a build's peak. What the rules
/// read of an answered item fits in 12 bytes.
public struct ChecklistAnswers: Sendable, Hashable {
    /// What a review says about one policy item: the first task-list line naming it.
    public struct Answer: Sendable, Hashable {
        /// The box as written: `[ ]`, `[x]` or `[n/a]`.
        public let state: TaskListItem.State
        /// Whether the line links to evidence.
        public let hasEvidence: Bool
        /// Whether the line says more after the item's title (the evidence,
        /// or why the item does not apply).
        public let hasNote: Bool
        private let line32: Int32
        private let column32: Int32

        /// The line of the list item.
        public var line: Int { Int(line32) }
        /// The column of the list item's marker.
        public var column: Int { Int(column32) }

        init(_ task: TaskListItem) {
            state = task.state
            hasEvidence = task.hasLinks
            hasNote = task.hasNote
            line32 = Int32(clamping: task.line)
            column32 = Int32(clamping: task.column)
        }
    }

    /// The answer to each policy item, at its `Policy.itemPosition(fullID:)`.
    private let answers: [Answer?]
    /// Problems in how the checklist is written (unknown items and headings, duplicates).
    public let diagnostics: [Diagnostic]

    /// Matches `items`, a review's task items in document order, to
    /// `policy`: each line under a category's `##` heading to one of its
    /// items, the first line naming an item answering it.
    public init(_ items: [TaskListItem], file: String, policy: Policy) {
        var answers = [Answer?](repeating: nil, count: policy.itemCount)
        var diagnostics: [Diagnostic] = []
        var reportedHeadings: Set<Int> = []
        // Tasks come section by section: match each heading once, not once per task.
        var lastHeading: String?
        var lastCategory: Int?
        func categoryPosition(matching heading: String) -> Int? {
            if heading != lastHeading {
                lastHeading = heading
                lastCategory = policy.categoryPosition(matchingHeading: heading)
            }
            return lastCategory
        }
        for task in items {
            let at = SourceLocation(file: file, line: task.line, column: task.column)
            guard let heading = task.sectionHeading, let categoryPosition = categoryPosition(matching: heading) else {
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
            // By position: copying the category and its item, and hashing
            // the item's full id, was most of matching a line.
            let category = policy.categories[categoryPosition]
            guard let itemPosition = category.itemPosition(matching: task.title) ?? category.itemPosition(matching: task.text)
            else {
                let suggestion = Suggestion.closest(to: task.title, in: category.items.map(\.title))
                diagnostics.append(Diagnostic(
                    .warning, Rule.checklistUnknownItem.id,
                    "`\(task.title)` is not an item of \(category.title)", at: at,
                    hint: suggestion.map { "Did you mean `\($0)`?" } ?? Rule.checklistUnknownItem.fix))
                continue
            }
            let position = policy.itemPosition(category: categoryPosition, item: itemPosition)
            if let first = answers[position] {
                diagnostics.append(Diagnostic(
                    .warning, Rule.checklistDuplicateItem.id,
                    "`\(category.items[itemPosition].title)` is listed again; line \(first.line) counts", at: at,
                    hint: Rule.checklistDuplicateItem.fix))
                continue
            }
            answers[position] = Answer(task)
        }
        self.answers = answers
        self.diagnostics = diagnostics
    }

    /// The answer to the item with this full id (`capacity.load-testing`),
    /// given the policy these answers were matched against.
    public func answer(_ fullID: String, in policy: Policy) -> Answer? {
        policy.itemPosition(fullID: fullID).flatMap(answer(at:))
    }

    /// The answer to the item at `position` (`Policy.itemPosition`).
    public func answer(at position: Int) -> Answer? {
        answers.indices.contains(position) ? answers[position] : nil
    }

    /// How many of the policy's items the review answers.
    public var answeredCount: Int {
        answers.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
    }
}
