/// The common gaps, computed from the review's facts instead of its ticks.
struct GapValidator {
    let context: ReviewContext

    func findings() -> [Finding] {
        monitoring() + rollout() + capacity() + contradictions() + staleness()
    }

    private var review: Review { context.review }

    private func monitoring() -> [Finding] {
        var findings: [Finding] = []
        let dashboards = ["monitoring.latency-dashboards", "monitoring.error-dashboards", "monitoring.saturation-dashboards"]
        if review.slos.isEmpty, let ticked = dashboards.first(where: context.checklist.isChecked),
            let entry = context.checklist.entry(ticked)
        {
            let at = review.fieldLocations["slos"]
                ?? SourceLocation(file: review.file, line: entry.line, column: entry.column)
            findings.append(Finding(.sloMissing, "dashboards are ticked but the review defines no SLOs", at: at))
        }
        let sloNames = Set(review.slos.map { $0.name.lowercased() })
        let alerted = Set(review.alerts.compactMap { $0.slo?.lowercased() })
        for slo in review.slos where !alerted.contains(slo.name.lowercased()) {
            findings.append(Finding(.sloWithoutAlert, "SLO `\(slo.name)` has no alert", at: slo.location))
        }
        for alert in review.alerts {
            if (alert.runbook ?? "").isEmpty {
                findings.append(Finding(.alertWithoutRunbook, "alert `\(alert.name)` has no runbook", at: alert.location))
            }
            if let slo = alert.slo, !slo.isEmpty {
                if !sloNames.contains(slo.lowercased()) {
                    findings.append(Finding(
                        .alertWithoutSLO, "alert `\(alert.name)` names SLO `\(slo)`, which the review does not define",
                        at: alert.location))
                }
            } else {
                findings.append(Finding(.alertWithoutSLO, "alert `\(alert.name)` is not tied to an SLO", at: alert.location))
            }
        }
        return findings
    }

    private func rollout() -> [Finding] {
        var findings: [Finding] = []
        let rollout = review.rollout
        let at = rollout?.location ?? review.location(of: "rollout")
        if let strategy = rollout?.strategy, strategy.needsTrafficShaping, (rollout?.trafficShaping ?? "").isEmpty {
            findings.append(Finding(
                .canaryWithoutTrafficShaping, "a \(strategy.rawValue) rollout is planned but no traffic shaping is declared", at: at))
        }
        guard let rollback = rollout?.rollback, !(rollback.procedure ?? "").isEmpty else {
            if review.status != .retired {
                findings.append(Finding(.rollbackMissing, "the review has no rollback procedure", at: at))
            }
            return findings
        }
        if let tested = rollback.tested {
            if let change = rollout?.lastMajorChange, tested < change {
                findings.append(Finding(
                    .rollbackStale, "the rollback was tested on \(tested), before the last major change on \(change)",
                    at: rollback.location))
            }
        } else {
            findings.append(Finding(.rollbackUntested, "the rollback procedure has never been tested", at: rollback.location))
        }
        return findings
    }

    private func capacity() -> [Finding] {
        guard review.status != .retired else { return [] }
        var findings: [Finding] = []
        let capacity = review.capacity
        let at = capacity?.location ?? review.location(of: "capacity")
        if capacity?.loadTestedRPS == nil {
            findings.append(Finding(.loadTestMissing, "capacity was never load tested", at: at))
        } else if let headroom = capacity?.headroom, headroom < context.policy.thresholds.headroomFactor {
            let factor = context.policy.thresholds.headroomFactor
            findings.append(Finding(
                .headroomLow,
                "load tested at \(format(headroom))x the expected peak; the policy asks for \(format(factor))x",
                at: at))
        }
        if let autoscaling = capacity?.autoscaling {
            if autoscaling.min == nil || autoscaling.max == nil {
                findings.append(Finding(
                    .autoscalingUnbounded, "autoscaling has no \(autoscaling.max == nil ? "maximum" : "minimum")",
                    at: autoscaling.location))
            } else if let min = autoscaling.min, let max = autoscaling.max, max < min {
                findings.append(Finding(
                    .autoscalingUnbounded, "autoscaling's maximum (\(max)) is below its minimum (\(min))", at: autoscaling.location))
            }
        }
        return findings
    }

    /// Ticked items that the review's own facts contradict.
    private func contradictions() -> [Finding] {
        let capacity = review.capacity
        let factor = context.policy.thresholds.headroomFactor
        let checks: [(item: String, contradicted: Bool, fact: String)] = [
            ("monitoring.slos", review.slos.isEmpty, "the review defines no SLOs"),
            ("capacity.load-testing", capacity?.loadTestedRPS == nil, "no load test is recorded"),
            ("capacity.headroom", (capacity?.headroom).map { $0 < factor } ?? false,
             "the recorded headroom is under \(format(factor))x"),
            ("capacity.autoscaling", capacity?.autoscaling == nil, "no autoscaling limits are recorded"),
            ("failure-modes.rollback-tested", review.rollout?.rollback?.tested == nil, "no rollback test date is recorded"),
            ("rollout.canary", !(review.rollout?.strategy?.needsTrafficShaping ?? false),
             "the rollout strategy is not canary or percentage"),
            ("ownership.oncall-rotation", (review.oncall?.rotation ?? "").isEmpty, "no on-call rotation is recorded"),
        ]
        return checks.compactMap { check in
            guard check.contradicted, let entry = context.checklist.entry(check.item), entry.state == .checked else {
                return nil
            }
            let title = context.policy.item(fullID: check.item)?.title ?? check.item
            return Finding(
                .checkedContradicted, "`\(title)` is ticked, but \(check.fact)",
                at: SourceLocation(file: review.file, line: entry.line, column: entry.column), item: check.item)
        }
    }

    private func staleness() -> [Finding] {
        guard review.status != .retired, let date = review.reviewDate else { return [] }
        let window = context.policy.thresholds.stalenessDays(for: review.tier)
        let age = date.days(until: context.today)
        guard age > window else { return [] }
        return [Finding(
            .reviewStale, "the review is \(age) days old; \(review.tier.label) reviews go stale after \(window) days",
            at: review.location(of: "review_date"))]
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
