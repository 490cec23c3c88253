import Foundation
import Testing
@testable import Readiness

@Suite struct PolicyOverrideTests {
    @Test func anEmptyOrMissingFileGivesTheDefault() {
        #expect(loadPolicy("").policy == .default)
        #expect(loadPolicy("# nothing here\n").diagnostics.isEmpty)
        #expect(PolicyLoader.load(contentsOf: nil, path: "Content/policy.yaml") == (.default, []))
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/policy.yaml")
        #expect(PolicyLoader.load(contentsOf: missing, path: "Content/policy.yaml").0 == .default)
    }

    @Test func makesAnItemOptionalAndChangesItsEvidence() {
        let (policy, diagnostics) = loadPolicy("""
            categories:
              - id: capacity
                items:
                  - id: cost-projection
                    required: []
                    evidence: [1, 3]
            """)
        #expect(diagnostics.isEmpty)
        let item = policy.item(fullID: "capacity.cost-projection")
        #expect(item?.requiredFor == [])
        #expect(item?.evidenceRequiredFor == [.one, .three])
        #expect(item?.title == "Cost projection", "fields not named keep their built-in values")
        #expect(policy.category(id: "capacity")?.items.count == 4)
        #expect(policy.item(fullID: "capacity.load-testing") == Policy.default.item(fullID: "capacity.load-testing"))
    }

    @Test func addsAnItemToABuiltInCategory() {
        let (policy, diagnostics) = loadPolicy("""
            categories:
              - id: capacity
                items:
                  - id: chaos-testing
                    title: "Chaos experiment run: dependency killed"
                    aliases: [Chaos testing]
                    required: [1, 2]
                    help: A chaos experiment ran.
            """)
        #expect(diagnostics.isEmpty)
        let capacity = policy.category(id: "capacity")
        #expect(capacity?.items.map(\.id) == ["load-testing", "headroom", "autoscaling", "cost-projection", "chaos-testing"])
        let item = policy.item(fullID: "capacity.chaos-testing")
        #expect(item?.title == "Chaos experiment run: dependency killed")
        #expect(item?.requiredFor == [.one, .two] && item?.evidenceRequiredFor == [])
        #expect(item?.help == "A chaos experiment ran.")
        #expect(capacity?.item(matching: "chaos testing — https://wiki/chaos")?.id == "chaos-testing",
                "new items are indexed for matching")
    }

    @Test func appendsANewCategoryAfterTheBuiltInOnes() {
        let (policy, diagnostics) = loadPolicy("""
            categories:
              - id: data
                title: Data management
                aliases: [Data]
                items:
                  - {id: backups, title: Backups restored in a drill, required: [1, 2, 3], evidence: [1]}
            """)
        #expect(diagnostics.isEmpty)
        #expect(policy.categories.count == 9)
        #expect(policy.categories.last?.id == "data")
        #expect(policy.category(matchingHeading: "Data Management")?.id == "data")
        #expect(policy.item(fullID: "data.backups")?.requiredFor == Set(Tier.allCases))
    }

    @Test func changesThresholds() {
        let (policy, diagnostics) = loadPolicy("""
            thresholds:
              headroom_factor: 2.5
              retrospective_due_days: 45
              risk_expiry_warning_days: 14
              staleness_days: {1: 90, 3: 400}
            """)
        #expect(diagnostics.isEmpty)
        #expect(policy.thresholds.headroomFactor == 2.5)
        #expect(policy.thresholds.retrospectiveDueDays == 45)
        #expect(policy.thresholds.riskExpiryWarningDays == 14)
        #expect(Tier.allCases.map { policy.thresholds.stalenessDays(for: $0) } == [90, 270, 400])
    }

    @Test func changesATiersReviewers() {
        let (policy, diagnostics) = loadPolicy("""
            tiers:
              1:
                min_reviewers: 3
                required_reviewer_roles: [sre, security]
                description: Full PRR plus security.
              3: {review_modes: [self-service], self_attestation: false, required_signoff_roles: []}
            """)
        #expect(diagnostics.isEmpty)
        let one = policy.tier(.one)
        #expect(one.minReviewers == 3 && one.requiredReviewerRoles == ["sre", "security"])
        #expect(one.description == "Full PRR plus security.")
        #expect(one.requiredSignoffRoles == ["vp"] && one.independentReviewers == 1, "unnamed fields keep the default")
        let three = policy.tier(.three)
        #expect(three.allowedReviewModes == [.selfService] && !three.selfAttestation && three.requiredSignoffRoles.isEmpty)
        #expect(policy.tier(.two) == TierPolicy.default(for: .two))
    }

    @Test func removesItemsAndCategories() {
        let (policy, diagnostics) = loadPolicy("""
            remove_items: [documentation.customer-docs, logging.tracing]
            remove_categories: [rollout]
            """)
        #expect(diagnostics.isEmpty)
        #expect(policy.item(fullID: "documentation.customer-docs") == nil)
        #expect(policy.category(id: "documentation")?.item(matching: "Customer-facing docs") == nil)
        #expect(policy.item(fullID: "logging.tracing") == nil)
        #expect(policy.category(id: "rollout") == nil && policy.category(matchingHeading: "Rollout strategy") == nil)
        #expect(policy.fullIDs.count == 34 - 2 - 4)
    }

    @Test func removalsApplyAfterAdditionsWhateverTheKeyOrder() {
        let (policy, diagnostics) = loadPolicy("""
            remove_items: [capacity.chaos-testing]
            categories:
              - id: capacity
                items: [{id: chaos-testing, title: Chaos}]
            """)
        #expect(diagnostics.isEmpty)
        #expect(policy.item(fullID: "capacity.chaos-testing") == nil)
    }

    @Test func unknownKeysWarnWithASuggestionAndStillApplyTheRest() {
        let (policy, diagnostics) = loadPolicy("""
            thresholds:
              headroom_factr: 3
              retrospective_due_days: 10
            """)
        #expect(positions(diagnostics, .warning) == ["2:3 unknown-key"])
        #expect(diagnostics.first?.hint == "Did you mean `headroom_factor`?")
        #expect(!diagnostics.hasErrors)
        #expect(policy.thresholds.headroomFactor == 2.0 && policy.thresholds.retrospectiveDueDays == 10)
    }

    @Test func readsAFileFromDisk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prr-policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("policy.yaml")
        try Data("\u{FEFF}thresholds:\r\n  headroom_factor: 0.5\r\n".utf8).write(to: file)
        let (policy, diagnostics) = PolicyLoader.load(contentsOf: file, path: "Content/policy.yaml")
        #expect(policy == .default)
        #expect(diagnostics.map(\.location.description) == ["Content/policy.yaml:2:20"])
    }
}
