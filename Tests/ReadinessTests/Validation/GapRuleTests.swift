import Testing
@testable import Readiness

/// Gaps computed from the review's facts: monitoring, rollout, capacity,
/// contradicted ticks and staleness.
@Suite struct GapRuleTests {
    let clean = CleanReview.text()
    static let availabilityAlert = "  - {name: AvailabilityBurn, slo: availability, pages: payments-oncall, runbook: \"https://runbooks.example.com/p#availability\"}"
    static let latencyAlert = "  - {name: LatencyBurn, slo: latency, pages: payments-oncall, runbook: \"https://runbooks.example.com/p#latency\"}"

    func item(_ title: String, in text: String) throws -> Int { try text.line(of: "- [x] \(title)") }

    // MARK: Monitoring

    @Test func tickedDashboardsWithoutSLOsAreReported() throws {
        let text = try clean.removingLine("name: availability,").removingLine("name: latency,")
            .swapping("slos:\n", "slos: []\n").removingLine("AvailabilityBurn").removingLine("LatencyBurn")
            .swapping("alerts:\n", "alerts: []\n")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == [
            "\(try text.line(of: "slos: []")) slo-missing error",
            "\(try item("SLOs defined", in: text)) checked-contradicted error",
        ].sorted())
    }

    @Test func sloWithoutAnAlertIsReportedAtTheSLO() throws {
        let text = try clean.removingLine("LatencyBurn")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "name: latency,")) slo-without-alert error"])
        #expect(validation.findings.first?.message == "SLO `latency` has no alert")
        #expect(validation.findings.first?.item == "monitoring.slo-alerts")
    }

    @Test func sloAndAlertNamesMatchIgnoringCase() throws {
        let text = try clean.swapping("slo: latency,", "slo: LATENCY,")
        #expect(try CleanReview.validate(text).findings.isEmpty)
    }

    @Test func alertWithoutARunbookIsReportedAtTheAlert() throws {
        let text = try clean.swapping(Self.latencyAlert, "  - {name: LatencyBurn, slo: latency, pages: payments-oncall}")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "LatencyBurn")) alert-without-runbook error"])
        #expect(validation.findings.first?.item == "documentation.runbook")
    }

    @Test func alertWithoutAnSLOIsReported() throws {
        let text = try clean.swapping(Self.latencyAlert, Self.latencyAlert + "\n  - {name: DiskFull, runbook: \"https://r.example.com/disk\"}")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "DiskFull")) alert-without-slo error"])
        #expect(validation.findings.first?.message == "alert `DiskFull` is not tied to an SLO")
    }

    @Test func alertNamingAnUndefinedSLOIsReported() throws {
        let text = try clean.swapping(Self.latencyAlert, Self.latencyAlert + "\n  - {name: Typo, slo: availabilty, runbook: \"https://r.example.com/t\"}")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "name: Typo")) alert-without-slo error"])
        #expect(validation.findings.first?.message == "alert `Typo` names SLO `availabilty`, which the review does not define")
    }

    // MARK: Rollout
    //
    // Findings about the whole `rollout` or `capacity` block point at the
    // block's value, i.e. its first key (`feature_flag`, `expected_peak_rps`),
    // as the parser records it.

    @Test func missingRollbackIsReported() throws {
        let text = try clean.removingLine("rollback: {procedure")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == [
            "\(try text.line(of: "feature_flag:")) rollback-missing error",
            "\(try item("Rollback procedure tested", in: text)) checked-contradicted error",
        ].sorted())
    }

    @Test func retiredReviewNeedsNoRollback() throws {
        let text = try CleanReview.text(status: "retired").removingLine("rollback: {procedure")
        let validation = try CleanReview.validate(text)
        #expect(validation.findings(Rule.rollbackMissing.id).isEmpty)
        #expect(validation.found == ["\(try item("Rollback procedure tested", in: text)) checked-contradicted note"])
    }

    @Test func untestedRollbackIsReportedAtTheRollback() throws {
        let text = try clean.swapping("rollback: {procedure: \"Flip the flag off\", tested: 2026-09-25}", "rollback: {procedure: \"Flip the flag off\"}")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == [
            "\(try text.line(of: "rollback: {")) rollback-untested error",
            "\(try item("Rollback procedure tested", in: text)) checked-contradicted error",
        ].sorted())
    }

    @Test func rollbackTestedBeforeTheLastMajorChangeIsStale() throws {
        let text = try clean.swapping("last_major_change: 2026-09-01", "last_major_change: 2026-09-26")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "rollback: {")) rollback-stale error"])
        #expect(validation.findings.first?.message
            == "the rollback was tested on 2026-09-25, before the last major change on 2026-09-26")
    }

    @Test func rollbackTestedOnTheDayOfTheLastMajorChangeIsNotStale() throws {
        let text = try clean.swapping("last_major_change: 2026-09-01", "last_major_change: 2026-09-25")
        #expect(try CleanReview.validate(text).findings.isEmpty)
    }

    @Test(arguments: ["canary", "percentage"])
    func sharedTrafficRolloutWithoutShapingIsReported(strategy: String) throws {
        let text = try clean.swapping("strategy: canary", "strategy: \(strategy)").removingLine("traffic_shaping:")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "feature_flag:")) canary-without-traffic-shaping error"])
        #expect(validation.findings.first?.message == "a \(strategy) rollout is planned but no traffic shaping is declared")
    }

    @Test func blueGreenNeedsNoTrafficShaping() throws {
        // With the canary item marked n/a, a blue-green switch is a clean review.
        let text = try clean.swapping("strategy: canary", "strategy: blue-green").removingLine("traffic_shaping:")
            .swapping(CleanReview.line("rollout", "canary"), "- [n/a] Canary or percentage-based rollout plan — blue-green switch")
        #expect(try CleanReview.validate(text).findings.isEmpty)
    }

    @Test func tickedCanaryContradictedByAnotherStrategy() throws {
        let text = try clean.swapping("strategy: canary", "strategy: all-at-once")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try item("Canary or percentage", in: text)) checked-contradicted error"])
        #expect(validation.findings.first?.message
            == "`Canary or percentage-based rollout plan` is ticked, but the rollout strategy is not canary or percentage")
    }

    // MARK: Capacity

    @Test func missingLoadTestIsReportedAndContradictsTheTick() throws {
        let text = try clean.removingLine("load_tested_rps:")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == [
            "\(try text.line(of: "expected_peak_rps:")) load-test-missing error",
            "\(try item("Load testing performed", in: text)) checked-contradicted error",
        ].sorted())
        let contradiction = try #require(validation.findings(Rule.checkedContradicted.id).first)
        #expect(contradiction.item == "capacity.load-testing")
        #expect(contradiction.message == "`Load testing performed` is ticked, but no load test is recorded")
    }

    @Test func headroomUnderTheFactorIsReportedWithTheComputedHeadroom() throws {
        let text = try clean.swapping("load_tested_rps: 2500", "load_tested_rps: 1500")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == [
            "\(try text.line(of: "expected_peak_rps:")) headroom-low error",
            "\(try item("Headroom over expected peak", in: text)) checked-contradicted error",
        ].sorted())
        #expect(validation.findings(Rule.headroomLow.id).first?.message
            == "load tested at 1.5x the expected peak; the policy asks for 2x")
    }

    @Test func headroomExactlyAtTheFactorIsEnough() throws {
        let text = try clean.swapping("load_tested_rps: 2500", "load_tested_rps: 2000")
        #expect(try CleanReview.validate(text).findings.isEmpty)
    }

    @Test func autoscalingWithoutAMaximumIsUnbounded() throws {
        let text = try clean.swapping("autoscaling: {min: 3, max: 30}", "autoscaling: {min: 3}")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "autoscaling: {")) autoscaling-unbounded error"])
        #expect(validation.findings.first?.message == "autoscaling has no maximum")
    }

    @Test func autoscalingMaximumBelowMinimumIsReported() throws {
        let text = try clean.swapping("autoscaling: {min: 3, max: 30}", "autoscaling: {min: 30, max: 3}")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "autoscaling: {")) autoscaling-unbounded error"])
        #expect(validation.findings.first?.message == "autoscaling's maximum (3) is below its minimum (30)")
    }

    @Test func tickedOncallContradictedByNoRotation() throws {
        let text = try clean.swapping("oncall: {rotation: payments-primary, escalation:", "oncall: {escalation:")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try item("On-call rotation defined", in: text)) checked-contradicted error"])
        #expect(validation.findings.first?.item == "ownership.oncall-rotation")
    }

    @Test func uncheckedItemIsNeverContradicted() throws {
        let text = try clean.removingLine("load_tested_rps:")
            .swapping(CleanReview.line("capacity", "load-testing"), "- [ ] Load testing performed")
        let validation = try CleanReview.validate(text)
        #expect(validation.findings(Rule.checkedContradicted.id).isEmpty)
        #expect(Set(validation.findings.map(\.rule.id)) == ["load-test-missing", "checklist-item-unchecked"])
    }

    // MARK: Staleness

    /// Each tier's window: a review exactly that many days old is fresh, one day more is stale.
    @Test(arguments: [(1, 180), (2, 270), (3, 365)])
    func reviewOlderThanTheTiersWindowIsStale(tier: Int, window: Int) throws {
        let base = CleanReview.text(tier: tier)
        let fresh = try base.swapping("review_date: 2026-10-01", "review_date: \(CleanReview.today.adding(days: -window))")
        #expect(try CleanReview.validate(fresh).findings.isEmpty)
        let stale = try base.swapping("review_date: 2026-10-01", "review_date: \(CleanReview.today.adding(days: -window - 1))")
        let validation = try CleanReview.validate(stale)
        #expect(validation.found == ["\(try stale.line(of: "review_date:")) review-stale error"])
        #expect(validation.findings.first?.message.hasPrefix("the review is \(window + 1) days old;") == true)
        #expect(validation.findings.first?.message.hasSuffix("go stale after \(window) days") == true)
    }

    @Test func retiredReviewsDoNotGoStale() throws {
        let text = try CleanReview.text(status: "retired").swapping("review_date: 2026-10-01", "review_date: 2020-01-01")
        #expect(try CleanReview.validate(text).findings.isEmpty)
    }
}
