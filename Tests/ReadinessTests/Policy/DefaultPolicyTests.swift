import Testing
@testable import Readiness

@Suite struct DefaultPolicyTests {
    let policy = Policy.default

    @Test func hasTheEightCategoriesInOrder() {
        #expect(policy.categories.map(\.id) == [
            "monitoring", "logging", "capacity", "failure-modes", "security", "ownership", "documentation", "rollout",
        ])
        #expect(policy.categories.map(\.title) == [
            "Monitoring and alerting", "Logging and tracing", "Capacity and scaling", "Failure modes and recovery",
            "Security and compliance", "Operational ownership", "Documentation and runbooks", "Rollout strategy",
        ])
    }

    @Test func hasThirtyFourItemsWithUniqueIDsAndHelp() {
        let ids = policy.fullIDs
        #expect(ids.count == 34)
        #expect(Set(ids).count == 34)
        #expect(policy.categories.map { $0.items.count } == [5, 4, 4, 4, 5, 4, 4, 4])
        for category in policy.categories {
            for item in category.items {
                #expect(!item.help.isEmpty, "\(category.fullID(of: item)) has no help")
                #expect(item.help.hasSuffix("."), "\(category.fullID(of: item)) help is not a sentence")
                #expect(PolicyMerge.isWellFormed(item.id))
            }
        }
    }

    @Test func itemTitlesAreTheChecklistText() {
        #expect(policy.item(fullID: "monitoring.latency-dashboards")?.title == "Latency dashboards (p50, p99, p99.9)")
        #expect(policy.item(fullID: "failure-modes.dependency-failures")?.title
            == "Documented for each dependency: what happens when it fails?")
        #expect(policy.item(fullID: "security.compliance")?.title == "Compliance requirements (SOC2, HIPAA, etc.) addressed")
        #expect(policy.item(fullID: "ownership.catalog-owner")?.title == "Service has an owner team in your service catalog")
        #expect(policy.item(fullID: "rollout.communication")?.title == "Communication plan if user-visible")
        #expect(policy.categories.map { $0.items.map(\.id) } == [
            ["latency-dashboards", "error-dashboards", "saturation-dashboards", "slos", "slo-alerts"],
            ["structured-logs", "request-ids", "tracing", "log-scrubbing"],
            ["load-testing", "headroom", "autoscaling", "cost-projection"],
            ["dependency-failures", "timeouts-retries", "dead-letter-queues", "rollback-tested"],
            ["threat-model", "authz-review", "secrets", "dependency-scanning", "compliance"],
            ["oncall-rotation", "escalation-policy", "debuggability", "catalog-owner"],
            ["architecture", "runbook", "incident-playbook", "customer-docs"],
            ["feature-flag", "canary", "rollback-plan", "communication"],
        ])
    }

    @Test func tierOneRequiresEveryItemWithEvidence() {
        for category in policy.categories {
            for item in category.items {
                #expect(item.isRequired(for: .one) && item.requiresEvidence(for: .one), "\(category.fullID(of: item))")
            }
        }
    }

    @Test func tierTwoLeavesOutAFewItemsAndWantsEvidenceForFourCategories() {
        let optional = policy.fullIDs.filter { policy.item(fullID: $0)?.isRequired(for: .two) == false }
        #expect(optional == [
            "logging.tracing", "capacity.cost-projection", "failure-modes.dead-letter-queues", "documentation.customer-docs",
        ])
        for category in policy.categories {
            let wantsEvidence = ["monitoring", "capacity", "failure-modes", "documentation"].contains(category.id)
            for item in category.items {
                #expect(item.requiresEvidence(for: .two) == wantsEvidence, "\(category.fullID(of: item))")
            }
        }
    }

    @Test func tierThreeIsACoreSubsetWithoutEvidence() {
        let required = policy.fullIDs.filter { policy.item(fullID: $0)?.isRequired(for: .three) == true }
        #expect(required == [
            "monitoring.latency-dashboards", "monitoring.error-dashboards", "logging.structured-logs", "security.secrets",
            "ownership.oncall-rotation", "ownership.catalog-owner", "documentation.runbook", "rollout.rollback-plan",
        ])
        #expect(policy.fullIDs.allSatisfy { policy.item(fullID: $0)?.requiresEvidence(for: .three) == false })
    }

    @Test func tierRulesFollowTheGraduatedModel() {
        let one = policy.tier(.one), two = policy.tier(.two), three = policy.tier(.three)
        #expect(one.minReviewers == 2 && one.requiredReviewerRoles == ["sre"] && one.independentReviewers == 1)
        #expect(one.requiredSignoffRoles == ["vp"] && one.allowedReviewModes == [.sreLed, .hybrid] && !one.selfAttestation)
        #expect(two.minReviewers == 1 && two.requiredReviewerRoles == ["peer"] && two.independentReviewers == 1)
        #expect(two.requiredSignoffRoles.isEmpty && two.allowedReviewModes == [.peer, .hybrid, .sreLed] && !two.selfAttestation)
        #expect(three.minReviewers == 1 && three.requiredReviewerRoles == ["manager"] && three.independentReviewers == 0)
        #expect(three.requiredSignoffRoles == ["manager"] && three.selfAttestation)
        #expect(three.allowedReviewModes == [.selfService, .peer, .sreLed, .hybrid])
        #expect(Set(policy.tiers.keys) == Set(Tier.allCases))
        #expect(policy.tiers.allSatisfy { $0.key == $0.value.tier })
    }

    @Test func thresholdsHaveTheirDefaults() {
        #expect(policy.thresholds.headroomFactor == 2.0)
        #expect(policy.thresholds.retrospectiveDueDays == 30)
        #expect(policy.thresholds.riskExpiryWarningDays == 30)
        #expect(Tier.allCases.map { policy.thresholds.stalenessDays(for: $0) } == [180, 270, 365])
    }

    @Test func tiersAndModesSpellAsDocumented() {
        #expect(Tier.allCases.map(\.label) == ["Tier 1 — critical", "Tier 2 — important", "Tier 3 — low risk"])
        #expect(Tier.allCases.map(\.title) == ["Tier 1", "Tier 2", "Tier 3"])
        #expect(Tier.one < Tier.three && Tier.allCases.map(\.rawValue) == [1, 2, 3])
        #expect(ReviewMode.allCases.map(\.rawValue) == ["self-service", "peer", "sre-led", "hybrid"])
    }

    /// An alias that collides with another item's name would silently send
    /// checklist lines to the wrong item.
    @Test func everyNameFindsItsOwnItemAndCategory() {
        for category in policy.categories {
            #expect(policy.category(matchingHeading: category.title)?.id == category.id)
            for alias in category.aliases {
                #expect(policy.category(matchingHeading: alias)?.id == category.id, "\(alias)")
            }
            for item in category.items {
                for name in [item.id, item.title] + item.aliases {
                    #expect(category.item(matching: name)?.id == item.id, "\(name) in \(category.id)")
                }
            }
        }
    }
}
