/// Checks retrospectives against the reviews whose predictions they judge.
///
/// Produces diagnostics of kind `.finding`: a retrospective that disagrees
/// with its review is reported by `prr check` but does not stop a build.
/// Severities: an unknown service, a review that never launched and an
/// impossible date are errors (the retrospective cannot be read against its
/// review); a different expected peak and an unknown alert are warnings.
public struct RetrospectiveValidator: Sendable {
    /// Two expected peaks closer than this (in requests per second) agree.
    public static let estimateTolerance = 0.5

    private let index: ReviewIndex
    public let today: Day
    public let policy: Policy

    public init(reviews: [ReviewDocument], today: Day, policy: Policy) {
        self.init(index: ReviewIndex(reviews), today: today, policy: policy)
    }

    init(index: ReviewIndex, today: Day, policy: Policy) {
        self.index = index
        self.today = today
        self.policy = policy
    }

    /// The diagnostics for every retrospective, sorted.
    public func diagnostics(for retrospectives: [Retrospective]) -> [Diagnostic] {
        retrospectives.flatMap(diagnostics(for:)).sorted()
    }

    /// The diagnostics for one retrospective, in the order the rules run.
    public func diagnostics(for retrospective: Retrospective) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func report(_ severity: Severity, _ rule: Rule, _ message: String, at location: SourceLocation, hint: String? = nil) {
            found.append(Diagnostic(severity, rule.id, message, at: location, hint: hint ?? rule.fix, kind: .finding))
        }
        if today < retrospective.date {
            report(.error, .retrospectiveInFuture,
                   "the retrospective is dated \(retrospective.date), after today (\(today))",
                   at: retrospective.location(of: "date"))
        }
        guard let document = index.review(for: retrospective) else {
            let suggestion = Suggestion.closest(to: retrospective.serviceName, in: index.serviceNames)
            report(.error, .retrospectiveUnknownService,
                   "`\(retrospective.service)` has no review", at: retrospective.location(of: "service"),
                   hint: suggestion.map { "Did you mean `\($0)`?" })
            return found
        }
        let review = document.review
        if review.status != .launched && review.status != .retired {
            report(.error, .retrospectiveNotLaunched,
                   "the review of `\(review.service)` is \(review.status.rawValue), not launched",
                   at: retrospective.location(of: "service"))
        }
        if let launch = review.launchDate, retrospective.date < launch {
            report(.error, .retrospectiveBeforeLaunch,
                   "the retrospective is dated \(retrospective.date), before the launch on \(launch)",
                   at: retrospective.location(of: "date"))
        }
        found += estimateDiagnostics(retrospective, review).map { message, location in
            Diagnostic(.warning, Rule.retrospectiveEstimateMismatch.id, message, at: location,
                       hint: Rule.retrospectiveEstimateMismatch.fix, kind: .finding)
        }
        let declared = review.alerts.map(\.name)
        let known = Set(declared.map { $0.lowercased() })
        for alert in retrospective.alerts where !known.contains(alert.name.lowercased()) {
            let suggestion = Suggestion.closest(to: alert.name, in: declared)
            report(.warning, .retrospectiveUnknownAlert,
                   "alert `\(alert.name)` is not one of the alerts the review of `\(review.service)` declares",
                   at: alert.location,
                   hint: suggestion.map { "Did you mean `\($0)`?" })
        }
        return found
    }

    private func estimateDiagnostics(_ retrospective: Retrospective, _ review: Review) -> [(String, SourceLocation)] {
        guard let capacity = retrospective.capacity, let written = capacity.expectedPeakRPS else { return [] }
        guard let predicted = review.capacity?.expectedPeakRPS else {
            return [("the retrospective judges an expected peak of \(Self.format(written)) rps, but the review predicted none",
                     capacity.location)]
        }
        guard abs(written - predicted) >= Self.estimateTolerance else { return [] }
        return [("the expected peak is \(Self.format(written)) rps here but \(Self.format(predicted)) rps in the review",
                 capacity.location)]
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
