import Readiness

/// The front-matter facts of a review as layout values, ready for tables.
enum ReviewFactsValues {
    static func make(_ review: Review) -> LayoutValue {
        [
            "reviewers": review.reviewers.map { reviewer in
                ["ref": reviewer.ref, "role": reviewer.role, "verdict": reviewer.verdict?.rawValue,
                 "date": reviewer.date?.description] as LayoutValue
            },
            "signoffs": review.signoffs.map { signoff in
                ["ref": signoff.ref, "role": signoff.role, "date": signoff.date?.description] as LayoutValue
            },
            "slos": review.slos.map { slo in
                ["name": slo.name, "objective": slo.objective, "window": slo.window] as LayoutValue
            },
            "alerts": review.alerts.map { alert in
                ["name": alert.name, "slo": alert.slo, "pages": alert.pages,
                 "runbook": linkValue(alert.runbook, text: "runbook")] as LayoutValue
            },
            "dependencies": review.dependencies.map { dependency in
                ["ref": dependency.ref, "onFailure": dependency.onFailure,
                 "timeout": dependency.timeoutMS.map { "\(Formatting.number($0)) ms" },
                 "retries": dependency.retries,
                 "circuitBreaker": dependency.circuitBreaker.map { $0 ? "yes" : "no" }] as LayoutValue
            },
            "risks": review.risks.map { risk in
                ["item": risk.item, "reason": risk.reason, "acceptedBy": risk.acceptedBy,
                 "expires": risk.expires?.description] as LayoutValue
            },
            "capacity": review.capacity.map(capacityValues),
            "rollout": review.rollout.map(rolloutValues),
            "oncall": review.oncall.map { oncall in
                [
                    "rotation": oncall.rotation,
                    "escalation": oncall.escalation.isEmpty ? nil : oncall.escalation.joined(separator: " → "),
                ] as LayoutValue
            },
        ]
    }

    private static func rolloutValues(_ rollout: Rollout) -> LayoutValue {
        [
            "featureFlag": rollout.featureFlag,
            "strategy": rollout.strategy?.rawValue,
            "stages": rollout.stages.isEmpty ? nil
                : rollout.stages.map { Formatting.number($0) + "%" }.joined(separator: " → "),
            "trafficShaping": rollout.trafficShaping,
            "rollbackProcedure": rollout.rollback?.procedure,
            "rollbackTested": rollout.rollback?.tested?.description,
            "communication": rollout.communication,
            "lastMajorChange": rollout.lastMajorChange?.description,
        ]
    }

    private static func capacityValues(_ capacity: Capacity) -> LayoutValue {
        [
            "expectedPeak": capacity.expectedPeakRPS.map { Formatting.number($0) + " rps" },
            "loadTested": capacity.loadTestedRPS.map { Formatting.number($0) + " rps" },
            "headroom": capacity.headroom.map(Formatting.ratio),
            "monthlyCost": capacity.monthlyCostUSD.map { "$" + Formatting.number($0, decimals: 0) },
            "loadTestDate": capacity.loadTest?.date?.description,
            "loadTestReport": capacity.loadTest.flatMap { linkValue($0.report, text: "report") },
            "autoscaling": capacity.autoscaling.map { autoscaling in
                let min = autoscaling.min.map(String.init) ?? "?"
                let max = autoscaling.max.map(String.init) ?? "no maximum"
                return "\(min) – \(max) instances"
            },
        ]
    }
}
