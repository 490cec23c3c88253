import Testing
@testable import Readiness

/// The checklist rules: each test changes one line of the clean review.
@Suite struct ChecklistRuleTests {
    let clean = CleanReview.text()

    @Test func uncheckedRequiredItemIsReportedAtItsLine() throws {
        let text = try clean.swapping(CleanReview.line("security", "threat-model"), "- [ ] Threat model exists")
        let validation = try CleanReview.validate(text)
        let line = try text.line(of: "- [ ] Threat model exists")
        #expect(validation.found == ["\(line) checklist-item-unchecked error"])
        let finding = try #require(validation.findings.first)
        #expect(finding.item == "security.threat-model" && finding.category == "security")
        #expect(finding.location.column == 1)
        #expect(finding.message == "`Threat model exists` is required for Tier 1 — critical and not done")
    }

    @Test func uncheckedOptionalItemIsNotReported() throws {
        // Distributed tracing is required at tier 1 only.
        let text = try CleanReview.text(tier: 2)
            .swapping(CleanReview.line("logging", "tracing"), "- [ ] Distributed tracing instrumentation")
        let validation = try CleanReview.validate(text)
        #expect(validation.findings.isEmpty, "\(validation.found)")
        #expect(validation.category("logging")?.items.first { $0.id == "logging.tracing" }?.state == .optional)
    }

    @Test func absentRequiredItemIsReportedAtItsCategoryHeading() throws {
        let text = try clean.removingLine("Secrets managed properly")
        let validation = try CleanReview.validate(text)
        let heading = try text.line(of: "## Security and compliance")
        #expect(validation.found == ["\(heading) checklist-item-missing error"])
        #expect(validation.findings.first?.item == "security.secrets")
    }

    @Test func absentCategoryIsOneFindingAtTheBodyStart() throws {
        var text = clean
        for item in Policy.default.category(id: "security")!.items {
            text = try text.removingLine(item.title)
        }
        text = try text.removingLine("## Security and compliance")
        let validation = try CleanReview.validate(text)
        let bodyStart = try text.line(of: "# Payments API v2")
        #expect(validation.found == ["\(bodyStart) checklist-category-missing error"])
        let finding = try #require(validation.findings.first)
        #expect(finding.category == "security" && finding.item == nil)
        #expect(finding.message.contains("`## Security and compliance`") && finding.message.contains("5 of its items"))
    }

    @Test func categoryWithNothingRequiredForTheTierMayBeLeftOut() throws {
        // Tier 3 requires no capacity item.
        var text = CleanReview.text(tier: 3)
        for item in Policy.default.category(id: "capacity")!.items {
            text = try text.removingLine(item.title)
        }
        text = try text.removingLine("## Capacity and scaling")
        let validation = try CleanReview.validate(text)
        #expect(validation.findings.isEmpty, "\(validation.found)")
    }

    @Test func headingMayUseACategoryAlias() throws {
        let text = try clean.swapping("## Security and compliance", "## Security")
        let validation = try CleanReview.validate(text)
        #expect(validation.findings.isEmpty && validation.diagnostics.isEmpty, "\(validation.found) \(validation.diagnosed)")
    }

    @Test func tickedItemWithoutEvidenceIsReportedAtTier1() throws {
        let text = try clean.swapping(CleanReview.line("capacity", "cost-projection"), "- [x] Cost projection")
        let validation = try CleanReview.validate(text)
        let line = try text.line(of: "- [x] Cost projection")
        #expect(validation.found == ["\(line) checklist-evidence-missing error"])
        #expect(validation.findings.first?.item == "capacity.cost-projection")
    }

    @Test func tier3NeedsNoEvidenceLinks() throws {
        let text = CleanReview.text(tier: 3)
        #expect(!text.contains("https://evidence"))
        let validation = try CleanReview.validate(text)
        #expect(validation.findings(Rule.checklistEvidenceMissing.id).isEmpty, "\(validation.found)")
        #expect(validation.findings.isEmpty, "\(validation.found)")
    }

    @Test func notApplicableNeedsAReason() throws {
        let bare = try clean.swapping(
            CleanReview.line("failure-modes", "dead-letter-queues"), "- [n/a] Dead-letter queues for async work")
        let validation = try CleanReview.validate(bare)
        let line = try bare.line(of: "- [n/a] Dead-letter queues")
        #expect(validation.found == ["\(line) checklist-na-without-reason error"])
        #expect(validation.findings.first?.item == "failure-modes.dead-letter-queues")
    }

    @Test func notApplicableWithAReasonCountsAsMet() throws {
        let text = try clean.swapping(
            CleanReview.line("failure-modes", "dead-letter-queues"),
            "- [n/a] Dead-letter queues for async work — synchronous API, no async work")
        let validation = try CleanReview.validate(text)
        #expect(validation.findings.isEmpty, "\(validation.found)")
        #expect(validation.readiness.state == .ready)
        let score = try #require(validation.category("failure-modes"))
        #expect(score.met == 4 && score.required == 4 && score.notApplicable == 1)
    }

    @Test func unknownItemIsADiagnosticWithASuggestion() throws {
        let text = try clean.swapping(
            "- [x] Load testing performed", "- [x] Load tsting performed")
        let validation = try CleanReview.validate(text)
        let line = try text.line(of: "Load tsting performed")
        #expect(validation.diagnosed == ["\(line) checklist-unknown-item"])
        let diagnostic = try #require(validation.diagnostics.first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "`Load tsting performed` is not an item of Capacity and scaling")
        #expect(diagnostic.hint == "Did you mean `Load testing performed`?")
        // The misspelt line answers nothing, so the real item is absent.
        let heading = try text.line(of: "## Capacity and scaling")
        #expect(validation.found == ["\(heading) checklist-item-missing error"])
    }

    @Test func unknownItemFarFromEveryTitleGetsTheRuleFix() throws {
        let text = try clean.swapping(
            "- [x] Cost projection", "- [x] Chaos experiments run — [game day](https://g.example.com)\n- [x] Cost projection")
        let validation = try CleanReview.validate(text)
        #expect(validation.diagnosed == ["\(try text.line(of: "Chaos experiments")) checklist-unknown-item"])
        #expect(validation.diagnostics.first?.hint == Rule.checklistUnknownItem.fix)
        #expect(validation.findings.isEmpty, "\(validation.found)")
    }

    @Test func unknownHeadingWithTaskItemsIsReportedOnceAtTheHeading() throws {
        let text = try clean.swapping("## Monitoring and alerting", "## Monitorng and alerting")
        let validation = try CleanReview.validate(text)
        let heading = try text.line(of: "## Monitorng and alerting")
        // Five task items under it, one diagnostic.
        #expect(validation.diagnosed == ["\(heading) checklist-unknown-heading"])
        let diagnostic = try #require(validation.diagnostics.first)
        #expect(diagnostic.location.column == 1 && diagnostic.severity == .warning)
        #expect(diagnostic.hint == "Did you mean `## Monitoring and alerting`?")
        // Its items count for nothing, so the category is absent.
        let bodyStart = try text.line(of: "# Payments API v2")
        #expect(validation.found == ["\(bodyStart) checklist-category-missing error"])
    }

    @Test func proseHeadingWithoutTaskItemsIsFine() throws {
        // The clean review has `## Overview` with prose only; add another with a plain list.
        #expect(clean.contains("## Overview"))
        let text = try clean.swapping("## Overview", "## Overview\n\n- plain bullet, not a task\n\n## Background")
        let validation = try CleanReview.validate(text)
        #expect(validation.diagnostics.isEmpty, "\(validation.diagnosed)")
        #expect(validation.findings.isEmpty, "\(validation.found)")
    }

    @Test func taskItemsBeforeAnyCategoryHeadingAreReported() throws {
        let text = try clean.swapping("# Payments API v2\n", "# Payments API v2\n\n- [x] Something done early\n")
        let validation = try CleanReview.validate(text)
        #expect(validation.diagnosed == ["\(try text.line(of: "Something done early")) checklist-unknown-heading"])
        #expect(validation.diagnostics.first?.message == "checklist items appear before any category heading, so they count for nothing")
    }

    @Test func duplicateItemIsReportedAndOnlyTheFirstLineCounts() throws {
        let first = CleanReview.line("security", "threat-model")
        let text = try clean.swapping(first, first + "\n- [ ] Threat model exists")
        let validation = try CleanReview.validate(text)
        let firstLine = try text.line(of: first)
        let secondLine = try text.line(of: "- [ ] Threat model exists")
        #expect(validation.diagnosed == ["\(secondLine) checklist-duplicate-item"])
        #expect(validation.diagnostics.first?.message == "`Threat model exists` is listed again; line \(firstLine) counts")
        // The unticked second line does not undo the ticked first one.
        #expect(validation.findings.isEmpty, "\(validation.found)")
        let reading = ChecklistReading(try CleanReview.parsed(text), policy: .default)
        #expect(reading.entry("security.threat-model")?.line == firstLine)
    }
}
