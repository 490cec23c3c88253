extension Rule {
    static let checklistItemUnchecked = Rule(
        "checklist-item-unchecked", .checklist, title: "Required item not done",
        rationale: "The tier requires this item and the review leaves it unchecked.",
        fix: "Do the work and tick it with an evidence link, mark it [n/a] with a reason, or record an accepted risk naming the item.")
    static let checklistItemMissing = Rule(
        "checklist-item-missing", .checklist, title: "Required item absent",
        rationale: "The tier requires this item and the review's checklist does not list it at all.",
        fix: "Add the item under its category heading as `- [ ] Title` and work through it.")
    static let checklistCategoryMissing = Rule(
        "checklist-category-missing", .checklist, title: "Category heading absent",
        rationale: "A category with required items has no `##` heading in the review, so none of its items are answered.",
        fix: "Add a `## <category title>` heading with the category's items as task-list lines (`prr policy` lists them).")
    static let checklistEvidenceMissing = Rule(
        "checklist-evidence-missing", .checklist, title: "Checked item without evidence",
        rationale: "The tier requires a link to evidence (dashboard, report, PR, document) for this item; a tick alone is a claim.",
        fix: "Add a link after the title: `- [x] Title — [dashboard](https://…)`.")
    static let checklistNotApplicableWithoutReason = Rule(
        "checklist-na-without-reason", .checklist, title: "N/A without a reason",
        rationale: "An item marked not applicable must say why, so reviewers can judge whether it really does not apply.",
        fix: "Add the reason after the title: `- [n/a] Title — batch job, no user traffic`.")
    static let checklistUnknownItem = Rule(
        "checklist-unknown-item", .content, title: "Item not in the policy",
        rationale: "A task-list line under a category heading matches no item of the policy, so it counts for nothing.",
        fix: "Use the item's title as `prr policy` prints it, or add the item to Content/policy.yaml.")
    static let checklistUnknownHeading = Rule(
        "checklist-unknown-heading", .content, title: "Heading not a policy category",
        rationale: "Task-list lines sit under a `##` heading that matches no category of the policy.",
        fix: "Use the category title as `prr policy` prints it, or move the items under the right heading.")
    static let checklistDuplicateItem = Rule(
        "checklist-duplicate-item", .content, title: "Item listed twice",
        rationale: "The same policy item appears twice; only the first line counts.",
        fix: "Keep one line per item.")

    static let checklistRules: [Rule] = [
        .checklistItemUnchecked, .checklistItemMissing, .checklistCategoryMissing, .checklistEvidenceMissing,
        .checklistNotApplicableWithoutReason, .checklistUnknownItem, .checklistUnknownHeading, .checklistDuplicateItem,
    ]
}
