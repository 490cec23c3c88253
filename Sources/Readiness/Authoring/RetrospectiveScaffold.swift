/// The text of a new retrospective, prefilled with what its review predicted:
/// the expected peak, one entry per declared alert (fired and actionable 0),
/// today's date, empty incidents and template changes, and the three sections
/// every retrospective has.
public struct RetrospectiveScaffold: Sendable {
    public var review: Review
    public var today: Day

    public init(review: Review, today: Day) {
        self.review = review
        self.today = today
    }

    /// The whole file, front matter and body.
    public var text: String {
        var text = """
            ---
            # Retrospective of \(review.serviceName), about 30 days after launch. The numbers below are
            # the review's predictions: fill in what actually happened.
            service: \(YAMLText.scalar(review.serviceName))
            date: \(today)

            """
        if let peak = review.capacity?.expectedPeakRPS {
            text += """
                capacity:
                  expected_peak_rps: \(Self.number(peak))   # the review's prediction
                  # actual_peak_rps: 0     # the highest request rate seen after launch

                """
        } else {
            text += """
                # capacity: {expected_peak_rps: 0, actual_peak_rps: 0}   # the review predicted no peak

                """
        }
        if review.alerts.isEmpty {
            text += "alerts: []                     # the review declares no alerts\n"
        } else {
            text += "alerts:                         # how often each alert fired, and how often someone had to act\n"
            for alert in review.alerts {
                text += "  - {name: \(YAMLText.quoted(alert.name)), fired: 0, actionable: 0}\n"
            }
        }
        text += """
            incidents: []                  # - {id: INC-…, anticipated: true, summary: "…"}
            # runbooks_accurate: true
            template_changes: []           # - "Add an item: …"
            ---

            Retrospective for `\(review.serviceName)`\(review.launchDate.map { ", launched on \($0)" } ?? "").

            ## What went well

            ## What surprised us

            ## Follow-ups

            """
        return text
    }

    /// Whole numbers without a decimal point.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
