/// The common gaps, computed from the facts a review records rather than
/// from its ticked boxes.
extension Rule {
    static let sloMissing = Rule(
        "slo-missing", .gaps, title: "Monitoring without SLOs", item: "monitoring.slos",
        rationale: "Dashboards without service level objectives show data but define no target anyone is held to.",
        fix: "Declare SLOs under `slos:` (name, objective, window), then alert on them.")
    static let sloWithoutAlert = Rule(
        "slo-without-alert", .gaps, title: "SLO with no alert", item: "monitoring.slo-alerts",
        rationale: "An SLO nobody is paged for can be violated silently.",
        fix: "Add an alert with `slo:` naming this SLO.")
    static let alertWithoutRunbook = Rule(
        "alert-without-runbook", .gaps, title: "Alert without a runbook", item: "documentation.runbook",
        rationale: "A page without a runbook leaves the responder to improvise at 3 a.m.",
        fix: "Add `runbook:` with a link to the steps for this alert.")
    static let alertWithoutSLO = Rule(
        "alert-without-slo", .gaps, title: "Alert not tied to an SLO", item: "monitoring.slo-alerts",
        rationale: "Alerts should page on user-visible SLO violations; an alert tied to no declared SLO is likely noise or a typo.",
        fix: "Set the alert's `slo:` to the name of a declared SLO.")
    static let rollbackMissing = Rule(
        "rollback-missing", .gaps, title: "No rollback plan", item: "rollout.rollback-plan",
        rationale: "Every launch needs a way back.",
        fix: "Describe `rollout.rollback.procedure` and rehearse it.")
    static let rollbackUntested = Rule(
        "rollback-untested", .gaps, title: "Rollback never tested", item: "failure-modes.rollback-tested",
        rationale: "A rollback plan that was never rehearsed is a hope, not a plan.",
        fix: "Rehearse the rollback and record the date as `rollout.rollback.tested`.")
    static let rollbackStale = Rule(
        "rollback-stale", .gaps, title: "Rollback tested before the last major change", item: "failure-modes.rollback-tested",
        rationale: "A rollback rehearsed before the last major change may no longer work.",
        fix: "Rehearse the rollback again and update `rollout.rollback.tested`.")
    static let canaryWithoutTrafficShaping = Rule(
        "canary-without-traffic-shaping", .gaps, title: "Canary without traffic shaping", item: "rollout.canary",
        rationale: "A canary or percentage rollout needs something that actually splits traffic.",
        fix: "Declare `rollout.traffic_shaping` (e.g. Envoy weighted clusters, a flag with percentage targeting).")
    static let loadTestMissing = Rule(
        "load-test-missing", .gaps, title: "Capacity never load tested", item: "capacity.load-testing",
        rationale: "Capacity that was assumed, not measured, fails at the first real peak.",
        fix: "Run a load test and record `capacity.load_tested_rps` and `capacity.load_test`.")
    static let headroomLow = Rule(
        "headroom-low", .gaps, title: "Headroom under the policy's factor", item: "capacity.headroom",
        rationale: "Load-tested throughput should exceed the expected peak by the policy's headroom factor (2x by default).",
        fix: "Scale up and load test again, or lower the expected peak with evidence.")
    static let autoscalingUnbounded = Rule(
        "autoscaling-unbounded", .gaps, title: "Autoscaling without limits", item: "capacity.autoscaling",
        rationale: "Autoscaling without a minimum and a maximum either starves at night or runs up an unbounded bill.",
        fix: "Set both `capacity.autoscaling.min` and `max` (max at least min).")
    static let checkedContradicted = Rule(
        "checked-contradicted", .gaps, title: "Ticked item contradicted by the facts",
        rationale: "The checklist says done, but the review's own facts say otherwise.",
        fix: "Record the missing fact in the front matter, or untick the item.")
    static let reviewStale = Rule(
        "review-stale", .gaps, title: "Review older than the staleness window",
        rationale: "A review describes the service as it was; after the tier's staleness window it needs a fresh look.",
        fix: "Re-review the service and update `review_date`.")

    static let gapRules: [Rule] = [
        .sloMissing, .sloWithoutAlert, .alertWithoutRunbook, .alertWithoutSLO, .rollbackMissing, .rollbackUntested,
        .rollbackStale, .canaryWithoutTrafficShaping, .loadTestMissing, .headroomLow, .autoscalingUnbounded,
        .checkedContradicted, .reviewStale,
    ]
}
