import Testing
@testable import Readiness

/// Accepted risks: what they accept, until when, and what a malformed one does.
@Suite struct RiskRuleTests {
    /// The clean review with the threat model unticked and `risk` recorded.
    static func review(risk: String?) throws -> String {
        let text = try CleanReview.text()
            .swapping(CleanReview.line("security", "threat-model"), "- [ ] Threat model exists")
        guard let risk else { return text }
        return try text.swapping("oncall: {", "risks:\n  - \(risk)\noncall: {")
    }

    static let complete = "{item: security.threat-model, reason: \"AppSec review booked\", accepted_by: user:vera, expires: 2026-11-26}"

    @Test func unexpiredRiskAcceptsTheGapAsANote() throws {
        let text = try Self.review(risk: Self.complete)
        let validation = try CleanReview.validate(text)  // today is the expiry day
        let line = try text.line(of: "- [ ] Threat model exists")
        #expect(validation.found == ["\(line) checklist-item-unchecked note"])
        let finding = try #require(validation.findings.first)
        #expect(finding.isAccepted && finding.acceptance?.acceptedBy == "user:vera")
        #expect(finding.diagnostic.message.hasSuffix("(accepted risk by user:vera until 2026-11-26)"))
        #expect(validation.openFindings.isEmpty)
        #expect(validation.readiness.state == .readyWithAcceptedRisks)
        #expect(validation.readiness.openFindings == 0 && validation.readiness.acceptedFindings == 1)
        let security = try #require(validation.category("security"))
        #expect(security.accepted == 1 && security.met == 4 && security.unmet == 0)
        #expect(security.items.first { $0.id == "security.threat-model" }?.state == .accepted)
    }

    @Test func riskItemIsMatchedIgnoringCase() throws {
        let text = try Self.review(risk: Self.complete.replacingOccurrences(of: "security.threat-model", with: "Security.Threat-Model"))
        #expect(try CleanReview.validate(text).readiness.state == .readyWithAcceptedRisks)
    }

    @Test func onTheDayAfterExpiryTheGapIsOpenAgainAndTheRiskExpired() throws {
        let text = try Self.review(risk: Self.complete)
        let validation = try CleanReview.validate(text, today: Day("2026-11-27")!)
        #expect(validation.found == [
            "\(try text.line(of: "item: security.threat-model")) risk-expired error",
            "\(try text.line(of: "- [ ] Threat model exists")) checklist-item-unchecked error",
        ].sorted())
        #expect(validation.findings(Rule.riskExpired.id).first?.message
            == "the accepted risk for `security.threat-model` expired on 2026-11-26")
        #expect(validation.findings.allSatisfy { !$0.isAccepted })
        #expect(validation.readiness.state == .notReady)
        #expect(validation.category("security")?.unmet == 1)
    }

    @Test func expiredRiskWhoseGapIsClosedStillReportsTheExpiry() throws {
        // The item is ticked again, but the stale acceptance is still on the review.
        let text = try CleanReview.text().swapping("oncall: {", "risks:\n  - \(Self.complete)\noncall: {")
        let validation = try CleanReview.validate(text, today: Day("2027-01-01")!)
        #expect(validation.found == ["\(try text.line(of: "item: security.threat-model")) risk-expired error"])
    }

    @Test func riskNamingNoItemIsADiagnosticWithASuggestionAndAcceptsNothing() throws {
        let text = try Self.review(risk: Self.complete.replacingOccurrences(of: "security.threat-model", with: "security.threat-modle"))
        let validation = try CleanReview.validate(text)
        let riskLine = try text.line(of: "item: security.threat-modle")
        #expect(validation.diagnosed == ["\(riskLine) risk-unknown-item"])
        let diagnostic = try #require(validation.diagnostics.first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.hint == "Did you mean `security.threat-model`?")
        #expect(validation.found == ["\(try text.line(of: "- [ ] Threat model exists")) checklist-item-unchecked error"])
    }

    @Test(arguments: ["reason", "accepted_by", "expires"])
    func riskWithoutAFieldIsIncompleteAndAcceptsNothing(field: String) throws {
        let risk = ["item: security.threat-model", "reason: \"AppSec review booked\"", "accepted_by: user:vera", "expires: 2026-11-26"]
            .filter { !$0.hasPrefix(field + ":") }.joined(separator: ", ")
        let text = try Self.review(risk: "{\(risk)}")
        let validation = try CleanReview.validate(text)
        #expect(validation.diagnosed == ["\(try text.line(of: "item: security.threat-model")) risk-incomplete"])
        #expect(validation.diagnostics.first?.message == "the accepted risk for `security.threat-model` has no \(field), so it accepts nothing")
        #expect(validation.found == ["\(try text.line(of: "- [ ] Threat model exists")) checklist-item-unchecked error"])
    }

    /// `reason: ""` gives no reason; RiskAcceptance only checks for nil.
    @Test func riskWithAnEmptyReasonIsIncomplete() throws {
        let text = try Self.review(risk: Self.complete.replacingOccurrences(of: "reason: \"AppSec review booked\"", with: "reason: \"\""))
        let validation = try CleanReview.validate(text)
        let riskLine = try text.line(of: "item: security.threat-model")
        let itemLine = try text.line(of: "- [ ] Threat model exists")
                #expect(validation.diagnosed == ["\(riskLine) risk-incomplete"])
        #expect(validation.found == ["\(itemLine) checklist-item-unchecked error"])
    }

    @Test func riskAcceptsGapRulesAboutItsItemToo() throws {
        // headroom-low and the contradicted tick both concern capacity.headroom.
        let text = try CleanReview.text()
            .swapping("load_tested_rps: 2500", "load_tested_rps: 1500")
            .swapping("oncall: {", "risks:\n  - {item: capacity.headroom, reason: \"Q1 test\", accepted_by: user:vera, expires: 2027-03-31}\noncall: {")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == [
            "\(try text.line(of: "expected_peak_rps:")) headroom-low note",
            "\(try text.line(of: "- [x] Headroom over expected peak")) checked-contradicted note",
        ].sorted())
        #expect(validation.readiness.state == .readyWithAcceptedRisks)
    }
}
