import Readiness

/// The front-matter facts of a review as layout values, ready for tables.
enum ReviewFactsValues {
    static func make(_ review: Review) -> [String: Any] {
        var values: [String: Any] = [
            "reviewers": review.reviewers.map { reviewer in
                ["ref": reviewer.ref, "role": reviewer.role as Any, "verdict": reviewer.verdict?.rawValue as Any,
                 "date": reviewer.date?.description as Any] as [String: Any]
            },
            "signoffs": review.signoffs.map { signoff in
                ["ref": signoff.ref, "role": signoff.role as Any, "date": signoff.date?.description as Any] as [String: Any]
            },
            "slos": review.slos.map { slo in
                ["name": slo.name, "objective": slo.objective as Any, "window": slo.window as Any] as [String: Any]
            },
            "alerts": review.alerts.map { alert in
                ["name": alert.name, "slo": alert.slo as Any, "pages": alert.pages as Any,
                 "runbook": linkValue(alert.runbook, text: "runbook") as Any] as [String: Any]
            },
            "dependencies": review.dependencies.map { dependency in
                ["ref": dependency.ref, "onFailure": dependency.onFailure as Any,
                 "timeout": dependency.timeoutMS.map { "\(Formatting.number($0)) ms" } as Any,
                 "retries": dependency.retries as Any,
                 "circuitBreaker": dependency.circuitBreaker.map { $0 ? "yes" : "no" } as Any] as [String: Any]
            },
            "risks": review.risks.map { risk in
                ["item": risk.item, "reason": risk.reason as Any, "acceptedBy": risk.acceptedBy as Any,
                 "expires": risk.expires?.description as Any] as [String: Any]
            },
        ]
        if let capacity = review.capacity {
            values["capacity"] = capacityValues(capacity)
        }
        if let rollout = review.rollout {
            values["rollout"] = [
                "featureFlag": rollout.featureFlag as Any,
                "strategy": rollout.strategy?.rawValue as Any,
                "stages": rollout.stages.isEmpty ? nil as String? as Any
                    : rollout.stages.map { Formatting.number($0) + "%" }.joined(separator: " → "),
                "trafficShaping": rollout.trafficShaping as Any,
                "rollbackProcedure": rollout.rollback?.procedure as Any,
                "rollbackTested": rollout.rollback?.tested?.description as Any,
                "communication": rollout.communication as Any,
                "lastMajorChange": rollout.lastMajorChange?.description as Any,
            ] as [String: Any]
        }
        if let oncall = review.oncall {
            values["oncall"] = [
                "rotation": oncall.rotation as Any,
                "escalation": oncall.escalation.isEmpty ? nil as String? as Any : oncall.escalation.joined(separator: " → "),
            ] as [String: Any]
        }
        return values
    }

    private static func capacityValues(_ capacity: Capacity) -> [String: Any] {
        var values: [String: Any] = [
            "expectedPeak": capacity.expectedPeakRPS.map { Formatting.number($0) + " rps" } as Any,
            "loadTested": capacity.loadTestedRPS.map { Formatting.number($0) + " rps" } as Any,
            "headroom": capacity.headroom.map(Formatting.ratio) as Any,
            "monthlyCost": capacity.monthlyCostUSD.map { "$" + Formatting.number($0, decimals: 0) } as Any,
        ]
        if let loadTest = capacity.loadTest {
            values["loadTestDate"] = loadTest.date?.description
            values["loadTestReport"] = linkValue(loadTest.report, text: "report")
        }
        if let autoscaling = capacity.autoscaling {
            let min = autoscaling.min.map(String.init) ?? "?"
            let max = autoscaling.max.map(String.init) ?? "no maximum"
            values["autoscaling"] = "\(min) – \(max) instances"
        }
        return values
    }
}
