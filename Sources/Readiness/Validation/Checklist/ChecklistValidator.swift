/// Holds the checklist against what the review's tier demands.
struct ChecklistValidator {
    let context: ReviewContext

    func findings() -> [Finding] {
        var findings: [Finding] = []
        let tier = context.review.tier
        let reading = context.checklist
        // Items by position: making and hashing every item's full id for
        // every review was most of this check.
        for (position, category) in context.policy.categories.enumerated() {
            let required = category.items.filter { $0.isRequired(for: tier) }
            guard let heading = reading.headings[category.id] else {
                let answered = category.items.indices.contains { reading.entry(category: position, item: $0) != nil }
                if !required.isEmpty, !answered {
                    var finding = Finding(
                        .checklistCategoryMissing,
                        "the review has no `## \(category.title)` section; \(required.count) of its items are required for \(tier.label)",
                        at: context.bodyStart)
                    finding.category = category.id
                    findings.append(finding)
                    continue
                }
                findings += itemFindings(category, at: position, headingLocation: context.bodyStart)
                continue
            }
            findings += itemFindings(
                category, at: position,
                headingLocation: SourceLocation(file: context.review.file, line: heading.line, column: heading.column))
        }
        return findings
    }

    private func itemFindings(
        _ category: PolicyCategory, at categoryPosition: Int, headingLocation: SourceLocation
    ) -> [Finding] {
        var findings: [Finding] = []
        let tier = context.review.tier
        for (position, item) in category.items.enumerated() {
            let fullID = category.fullIDs[position]
            guard let entry = context.checklist.entry(category: categoryPosition, item: position) else {
                if item.isRequired(for: tier) {
                    findings.append(Finding(
                        .checklistItemMissing, "`\(item.title)` is required for \(tier.label) but not listed",
                        at: headingLocation, item: fullID))
                }
                continue
            }
            let at = SourceLocation(file: context.review.file, line: entry.line, column: entry.column)
            switch entry.state {
            case .unchecked where item.isRequired(for: tier):
                findings.append(Finding(
                    .checklistItemUnchecked, "`\(item.title)` is required for \(tier.label) and not done", at: at, item: fullID))
            case .checked where item.requiresEvidence(for: tier) && !entry.hasEvidence:
                findings.append(Finding(
                    .checklistEvidenceMissing, "`\(item.title)` is ticked without an evidence link", at: at, item: fullID))
            case .notApplicable where !entry.hasNote:
                findings.append(Finding(
                    .checklistNotApplicableWithoutReason, "`\(item.title)` is marked N/A without a reason", at: at, item: fullID))
            default:
                break
            }
        }
        return findings
    }
}
