import Testing
@testable import Readiness

/// A `policy.yaml` changes what the rules demand, through the real loader.
@Suite struct PolicyOverrideRuleTests {
    static func policy(_ yaml: String) -> Policy {
        let (policy, diagnostics) = PolicyLoader.load(yaml, file: "policy.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return policy
    }

    static let uncheckedThreatModel: String = {
        (try? CleanReview.text().swapping(CleanReview.line("security", "threat-model"), "- [ ] Threat model exists")) ?? ""
    }()

    @Test func itemMadeOptionalStopsTheUncheckedFinding() throws {
        let text = Self.uncheckedThreatModel
        #expect(try CleanReview.validate(text).findings(Rule.checklistItemUnchecked.id).count == 1)
        let policy = Self.policy("""
            categories:
              - id: security
                items:
                  - id: threat-model
                    required: [2]
            """)
        let validation = try CleanReview.validate(text, policy: policy)
        #expect(validation.findings.isEmpty, "\(validation.found)")
        #expect(validation.readiness.state == .ready)
        #expect(validation.category("security")?.required == 4)
    }

    @Test func addedRequiredItemIsMissingFromTheCleanReview() throws {
        let policy = Self.policy("""
            categories:
              - id: capacity
                items:
                  - id: chaos-testing
                    title: Chaos testing performed
                    required: [1]
                    evidence: [1]
            """)
        let text = CleanReview.text()
        let validation = try CleanReview.validate(text, policy: policy)
        #expect(validation.found == ["\(try text.line(of: "## Capacity and scaling")) checklist-item-missing error"])
        #expect(validation.findings.first?.item == "capacity.chaos-testing")
        // Listing and ticking it with evidence satisfies it.
        let answered = try text.swapping(
            "- [x] Cost projection", "- [x] Chaos testing performed — [game day](https://g.example.com/1)\n- [x] Cost projection")
        #expect(try CleanReview.validate(answered, policy: policy).findings.isEmpty)
    }

    @Test func addedItemRequiredForAnotherTierIsNotMissing() throws {
        let policy = Self.policy("""
            categories:
              - id: capacity
                items:
                  - {id: chaos-testing, title: Chaos testing performed, required: [2]}
            """)
        #expect(try CleanReview.validate(CleanReview.text(), policy: policy).findings.isEmpty)
    }

    @Test func lowerHeadroomFactorLets1Point6xPass() throws {
        let text = try CleanReview.text().swapping("load_tested_rps: 2500", "load_tested_rps: 1600")
        let byDefault = try CleanReview.validate(text)
        #expect(byDefault.findings(Rule.headroomLow.id).first?.message
            == "load tested at 1.6x the expected peak; the policy asks for 2x")
        let relaxed = Self.policy("thresholds:\n  headroom_factor: 1.5\n")
        #expect(try CleanReview.validate(text, policy: relaxed).findings.isEmpty)
    }

    @Test func headroomMessageUsesThePolicysFactor() throws {
        let text = try CleanReview.text().swapping("load_tested_rps: 2500", "load_tested_rps: 1400")
        let validation = try CleanReview.validate(text, policy: Self.policy("thresholds:\n  headroom_factor: 1.5\n"))
        #expect(validation.findings(Rule.headroomLow.id).first?.message
            == "load tested at 1.4x the expected peak; the policy asks for 1.5x")
        #expect(validation.findings(Rule.checkedContradicted.id).first?.message
            == "`Headroom over expected peak (typically 2x)` is ticked, but the recorded headroom is under 1.5x")
    }

    @Test func stalenessWindowComesFromThePolicy() throws {
        let policy = Self.policy("thresholds:\n  staleness_days: {1: 30}\n")
        let validation = try CleanReview.validate(CleanReview.text(), policy: policy)
        // The clean review is 56 days old.
        #expect(validation.found == ["\(try CleanReview.text().line(of: "review_date:")) review-stale error"])
    }

    @Test func tierOverrideChangesReviewerRules() throws {
        let policy = Self.policy("""
            tiers:
              1:
                min_reviewers: 3
                required_reviewer_roles: [sre, security]
            """)
        let text = CleanReview.text()
        let validation = try CleanReview.validate(text, policy: policy)
        let line = try text.line(of: "reviewers:")
        #expect(validation.found == ["\(line) reviewer-role-missing error", "\(line) reviewers-too-few error"])
    }
}
