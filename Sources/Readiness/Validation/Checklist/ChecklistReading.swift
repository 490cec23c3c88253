import CommonMark

/// A review's task-list lines matched to the policy's categories and items.
public struct ChecklistReading: Sendable {
    /// One answered policy item.
    public typealias Entry = ChecklistAnswers.Answer

    private let answers: ChecklistAnswers
    private let policy: Policy
    /// The `##` heading of each category that the body has, by category id.
    public private(set) var headings: [String: MarkdownHeading] = [:]
    /// Problems in how the checklist is written (unknown items and headings, duplicates).
    public var diagnostics: [Diagnostic] { answers.diagnostics }

    /// The reading of `parsed`, whose checklist was matched against `policy`.
    public init(_ parsed: ParsedReview, policy: Policy) {
        for heading in parsed.document.headings where heading.level == 2 {
            if let category = policy.category(matchingHeading: heading.text), headings[category.id] == nil {
                headings[category.id] = heading
            }
        }
        answers = parsed.checklist
        self.policy = policy
    }

    /// The answer for an item, by full id (`category.item`), if the review lists it.
    public func entry(_ fullID: String) -> Entry? { answers.answer(fullID, in: policy) }

    /// The answer for the item at `item` in the category at `category` in
    /// the policy's `categories`, without making and hashing its full id.
    public func entry(category: Int, item: Int) -> Entry? {
        answers.answer(at: policy.itemPosition(category: category, item: item))
    }

    /// How many of the policy's items the review answers.
    public var answeredCount: Int { answers.answeredCount }

    /// Whether the item is ticked.
    public func isChecked(_ fullID: String) -> Bool { entry(fullID)?.state == .checked }
}
