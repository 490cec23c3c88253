import CommonMark
import Foundation
import Testing
@testable import Readiness

@Suite struct RetrospectiveParserTests {
    @Test func readsEveryField() throws {
        let (parsed, diagnostics) = try RetrospectiveFixtures.parse("written/payments-api.md")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let r = try #require(parsed)
        let file = "written/payments-api.md"
        #expect(r.file == file && r.service == "payments-api" && r.serviceName == "payments-api")
        #expect(r.date == Day("2026-09-10"))
        #expect(r.capacity == Retrospective.Capacity(
            expectedPeakRPS: 1200, actualPeakRPS: 1040, location: SourceLocation(file: file, line: 5, column: 3)))
        #expect(r.alerts == [
            Retrospective.Alert(name: "PaymentsAvailabilityBudgetBurn", fired: 2, actionable: 2,
                                location: SourceLocation(file: file, line: 8, column: 5)),
            Retrospective.Alert(name: "AuthoriseLatencyBudgetBurn", fired: 3, actionable: 1,
                                location: SourceLocation(file: file, line: 9, column: 5)),
        ])
        let incident = try #require(r.incidents.first)
        #expect(r.incidents.count == 1 && incident.id == "INC-2026-0214" && incident.anticipated)
        #expect(incident.summary.hasPrefix("Primary PSP returned timeouts for 11 minutes"))
        #expect(incident.location == SourceLocation(file: file, line: 11, column: 5))
        #expect(r.runbooksAccurate == true)
        #expect(r.templateChanges.map(\.text) == [
            "Add an item: third-party rate limits confirmed in writing before launch",
            "Ask for the alert's expected firing rate, so noisy latency alerts are caught in review",
        ])
        #expect(r.templateChanges.map(\.location.line) == [16, 17])
        #expect(r.location(of: "runbooks_accurate") == SourceLocation(file: file, line: 14, column: 1))
        #expect(r.location(of: "date").line == 3)
        #expect(r.bodyLineOffset == 18)
        #expect(r.body.hasPrefix("\nRetrospective for `payments-api` v2"))
        // 1040 / 1200, worked out by hand: 0.8666…
        #expect(abs((r.estimateRatio ?? 0) - 0.8667) < 0.0001)
    }

    @Test func readsTheSecondExampleWithUnanticipatedIncidents() throws {
        let (parsed, diagnostics) = try RetrospectiveFixtures.parse("written/seller-payouts.md")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let r = try #require(parsed)
        #expect(r.incidents.map(\.anticipated) == [false, true])
        #expect(r.incidents.map(\.id) == ["INC-2025-0817", "INC-2025-0823"])
        #expect(r.runbooksAccurate == false && r.capacity?.actualPeakRPS == 410)
    }

    @Test func documentRendersTheBodyOnceWithHeadingsAtFileLines() throws {
        let document = try RetrospectiveFixtures.document("written/payments-api.md")
        #expect(document.headings.map(\.text) == ["What went well", "What surprised us", "Follow-ups"])
        // "## What went well" is line 23 of the file.
        #expect(document.headings.first?.line == 23)
        #expect(document.bodyHTML.contains("<h2"))
        #expect(document.bodyHTML.contains("<strong>1,040 rps</strong>"))
        #expect(document.file == "written/payments-api.md")
    }

    @Test func reportsEveryBadValueAtItsLineAndColumn() throws {
        let (parsed, diagnostics) = try RetrospectiveFixtures.parse("broken/numbers.md")
        let r = try #require(parsed)
        let found = diagnostics.sorted().map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.ruleID)" }
        #expect(found == [
            "5:22 error out-of-range",           // expected_peak_rps: -5
            "6:20 error yaml-type",              // actual_peak_rps: lots
            "8:5 error retrospective-numbers",   // actionable 3 > fired 2
            "9:47 error out-of-range",           // fired: -1
            "10:5 error missing-field",          // no fired
            "10:5 error missing-field",          // no actionable
            "12:30 error yaml-type",             // anticipated: maybe
            "13:5 error missing-field",          // no id
            "13:5 error missing-field",          // no anticipated
            "14:20 error yaml-type",             // runbooks_accurate: sometimes
            "15:19 error yaml-type",             // template_changes is not a list
            "16:1 warning unknown-key",          // lessons_learned
        ])
        #expect(diagnostics.allSatisfy { $0.hint != nil })
        // The bad entries are dropped; what could be read is kept.
        #expect(r.alerts.isEmpty && r.incidents.isEmpty && r.templateChanges.isEmpty)
        #expect(r.capacity?.expectedPeakRPS == nil && r.capacity?.actualPeakRPS == nil && r.runbooksAccurate == nil)
    }

    @Test func unknownKeySuggestsTheClosestKnownOne() {
        let (r, diagnostics) = parse("---\nservice: a\ndate: 2026-01-02\nrunbook_accurate: true\n---\n")
        #expect(r != nil)
        let warning = diagnostics.first
        #expect(diagnostics.count == 1 && warning?.ruleID == "unknown-key" && warning?.severity == .warning)
        #expect(warning?.hint == "Did you mean `runbooks_accurate`?")
        #expect(warning?.location.description == "retrospectives/x.md:4:1")
    }

    @Test func missingServiceAndDateAreMissingFields() {
        let (r, diagnostics) = parse("---\nrunbooks_accurate: true\n---\n")
        #expect(r == nil)
        #expect(diagnostics.map(\.ruleID) == ["missing-field", "missing-field"])
        #expect(diagnostics.map(\.message) == ["the retrospective has no `service`", "the retrospective has no `date`"])
        #expect(diagnostics.allSatisfy { $0.location.description == "retrospectives/x.md:1:1" })
    }

    @Test func badDateIsReportedAndTheRetrospectiveDropped() {
        let (r, diagnostics) = parse("---\nservice: a\ndate: 2026-09-31\n---\n")
        #expect(r == nil)
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.ruleID)" } == ["3:7 bad-date"])
    }

    @Test func frontMatterProblems() {
        #expect(parse("# no front matter\n").diagnostics.map(\.ruleID) == ["front-matter-missing"])
        #expect(parse("---\nservice: a\n").diagnostics.map(\.ruleID) == ["front-matter-unclosed"])
        #expect(parse("---\n---\nbody\n").diagnostics.map(\.ruleID) == ["front-matter-empty"])
        let syntax = parse("---\nservice: a\nalerts: [{name: x\ndate: 2026-01-01\n---\n").diagnostics
        #expect(syntax.map(\.ruleID) == ["yaml-syntax"] && syntax.first?.location.line == 4)
        let notMapping = parse("---\n- a\n- b\n---\n").diagnostics
        #expect(notMapping.map(\.ruleID) == ["yaml-type"] && notMapping.first?.location.line == 2)
    }

    @Test func emptyListsAndFullReferencesAreAccepted() {
        let text = "---\nservice: component:default/payments-api\ndate: 2026-09-10\nalerts: []\nincidents: []\ntemplate_changes: []\n---\n"
        let (r, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty)
        #expect(r?.serviceName == "payments-api" && r?.serviceKey == ServiceKey.of("Payments-API"))
        #expect(r?.runbooksAccurate == nil && r?.capacity == nil && r?.estimateRatio == nil)
    }

    private func parse(_ text: String) -> (retrospective: Retrospective?, diagnostics: [Diagnostic]) {
        RetrospectiveParser.parse(SourceText(path: "retrospectives/x.md", text: text))
    }
}
