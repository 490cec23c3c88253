import Testing
@testable import Readiness

/// A bad policy file reports each problem at its exact line and column, and
/// what was valid still applies.
@Suite struct PolicyErrorTests {
    @Test func anUnknownTierIsAnErrorAtItsKey() {
        let (policy, diagnostics) = loadPolicy("""
            tiers:
              2: {min_reviewers: 2}
              4: {min_reviewers: 5}
            thresholds:
              staleness_days: {1: 100, tier3: 10}
            """)
        #expect(positions(diagnostics) == ["3:3 policy-unknown-tier", "5:28 policy-unknown-tier"])
        #expect(policy.tier(.two).minReviewers == 2, "the valid tier still applies")
        #expect(policy.thresholds.stalenessDays(for: .one) == 100)
    }

    @Test func anUnknownTierInARequiredListIsAnErrorAtTheEntry() {
        let (policy, diagnostics) = loadPolicy("""
            categories:
              - id: capacity
                items:
                  - id: headroom
                    required: [1, 4]
                    evidence: [2]
            """)
        #expect(positions(diagnostics) == ["5:23 policy-unknown-tier"])
        #expect(policy.item(fullID: "capacity.headroom")?.requiredFor == [.one, .two], "a bad list changes nothing")
        #expect(policy.item(fullID: "capacity.headroom")?.evidenceRequiredFor == [.two])
    }

    @Test func aNewItemOrCategoryWithoutATitleIsAnError() {
        let (policy, diagnostics) = loadPolicy("""
            categories:
              - id: capacity
                items:
                  - id: chaos-testing
                    required: [1]
                  - id: game-days
                    title: Game day held
              - id: data
                items: [{id: backups, title: Backups}]
            """)
        #expect(positions(diagnostics) == ["4:9 policy-missing-title", "8:5 policy-missing-title"])
        #expect(diagnostics.first?.message == "the new item `capacity.chaos-testing` has no title")
        #expect(policy.item(fullID: "capacity.chaos-testing") == nil)
        #expect(policy.item(fullID: "capacity.game-days")?.title == "Game day held")
        #expect(policy.category(id: "data") == nil && policy.categories.count == 8)
    }

    @Test func headroomBelowOneAndNegativeDaysAreErrors() {
        let (policy, diagnostics) = loadPolicy("""
            thresholds:
              headroom_factor: 0.5
              retrospective_due_days: -1
              risk_expiry_warning_days: 10
            """)
        #expect(positions(diagnostics) == ["2:20 policy-threshold", "3:27 policy-threshold"])
        #expect(policy.thresholds.headroomFactor == 2.0 && policy.thresholds.retrospectiveDueDays == 30)
        #expect(policy.thresholds.riskExpiryWarningDays == 10)
    }

    @Test func aWrongTypeIsAnErrorAtTheValue() {
        let (policy, diagnostics) = loadPolicy("""
            tiers:
              1:
                min_reviewers: two
                review_modes: sre-led
                self_attestation: maybe
            categories:
              - id: capacity
                items:
                  - id: headroom
                    required: 1
            remove_items: documentation.customer-docs
            """)
        #expect(positions(diagnostics) == [
            "3:20 yaml-type", "4:19 yaml-type", "5:23 yaml-type", "10:19 yaml-type", "11:15 yaml-type",
        ])
        #expect(policy == .default)
    }

    @Test func duplicateAndMalformedIdsAreErrors() {
        let (policy, diagnostics) = loadPolicy("""
            categories:
              - id: capacity
                items:
                  - {id: chaos, title: Chaos one}
                  - {id: chaos, title: Chaos two}
              - id: capacity
              - id: Data Stuff
                title: Data
            """)
        #expect(positions(diagnostics) == [
            "5:14 policy-duplicate-id", "6:9 policy-duplicate-id", "7:9 policy-bad-id",
        ])
        #expect(policy.item(fullID: "capacity.chaos")?.title == "Chaos one")
        #expect(policy.categories.count == 8)
    }

    @Test func unknownIdsToRemoveAreErrorsWithASuggestion() {
        let (policy, diagnostics) = loadPolicy("""
            remove_items: [documentation.customer-doc, rollout.canary]
            remove_categories: [rolout]
            """)
        #expect(positions(diagnostics) == ["1:16 policy-unknown-id", "2:21 policy-unknown-id"])
        #expect(diagnostics.map(\.hint) == ["Did you mean `documentation.customer-docs`?", "Did you mean `rollout`?"])
        #expect(policy.item(fullID: "rollout.canary") == nil && policy.category(id: "rollout") != nil)
    }

    @Test func aNameSharedWithAnotherItemIsAWarning() {
        let (policy, diagnostics) = loadPolicy("""
            categories:
              - id: documentation
                items:
                  - {id: playbook, title: Incident playbook}
                  - {id: architecture, aliases: [Architecture overview, Design doc]}
            """)
        #expect(positions(diagnostics, .warning) == ["4:9 policy-ambiguous-name"])
        #expect(!diagnostics.hasErrors)
        #expect(policy.category(id: "documentation")?.item(matching: "Incident playbook")?.id == "incident-playbook",
                "the built-in item keeps its name")
    }

    @Test func inconsistentTierRulesAreErrors() {
        let (policy, diagnostics) = loadPolicy("""
            tiers:
              2:
                min_reviewers: 1
                independent_reviewers: 2
              3:
                review_modes: []
            """)
        #expect(positions(diagnostics) == ["3:5 policy-tier", "6:19 policy-tier"])
        #expect(policy.tier(.two).independentReviewers == 2 && policy.tier(.two).minReviewers == 2)
        #expect(policy.tier(.three).allowedReviewModes == ReviewMode.allCases)
    }

    @Test func syntaxErrorsAndNonMappingsGiveTheDefault() {
        let broken = loadPolicy("tiers:\n  1: {min_reviewers: 3\n")
        #expect(broken.policy == .default)
        #expect(broken.diagnostics.map(\.ruleID) == ["yaml-syntax"])
        #expect(broken.diagnostics.map(\.location.file) == ["policy.yaml"])
        let list = loadPolicy("- a\n- b\n")
        #expect(list.policy == .default && positions(list.diagnostics) == ["1:1 yaml-type"])
    }
}
