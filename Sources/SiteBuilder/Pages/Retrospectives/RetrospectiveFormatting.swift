import Readiness

/// Words and numbers for retrospective figures, shared by every
/// retrospective page so each figure reads the same everywhere.
enum RetrospectiveFormatting {
    /// 1040 → "1,040 rps".
    static func rps(_ value: Double) -> String { Formatting.number(value) + " rps" }

    /// A share as a whole percent: 1/3 → "33%".
    static func percent(_ share: Double) -> String { Formatting.number(share * 100, decimals: 0) + "%" }

    /// "1 day", "56 days".
    static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(Formatting.number(count)) days" }

    /// How an estimate ratio (actual over expected peak) is judged, by the
    /// thresholds of `RetrospectiveLessons`: a CSS-safe kind and a label.
    static func estimate(_ ratio: Double) -> (kind: String, label: String) {
        if ratio > RetrospectiveLessons.underEstimateAbove {
            return ("under", "under-estimate: more traffic than planned")
        }
        if ratio < RetrospectiveLessons.overEstimateBelow {
            return ("over", "over-estimate: under half the planned peak")
        }
        return ("within", "within the estimate")
    }

    /// The facts of one capacity estimate: the peaks, the ratio with its
    /// label, and the tested headroom. Pages seal them (the lessons page
    /// after adding the service).
    static func estimateValues(_ estimate: RetrospectiveLessons.Estimate) -> LayoutFacts {
        let judgement = Self.estimate(estimate.ratio)
        return [
            "expected": rps(estimate.expectedPeakRPS),
            "actual": rps(estimate.actualPeakRPS),
            "ratio": Formatting.ratio(estimate.ratio),
            "kind": judgement.kind,
            "label": judgement.label,
            "loadTested": estimate.loadTestedRPS.map(rps),
            "coverage": estimate.testedCoverage.map(Formatting.ratio),
            "covered": estimate.headroomCovered == true,
            "notCovered": estimate.headroomCovered == false,
        ]
    }

    /// The words for a runbook verdict.
    static func runbooks(_ accurate: Bool?) -> (kind: String, label: String) {
        switch accurate {
        case true?: return ("accurate", "✓ The runbooks worked as written.")
        case false?: return ("inaccurate", "✗ The runbooks did not work as written.")
        case nil: return ("unknown", "The retrospective does not say whether the runbooks worked.")
        }
    }
}
