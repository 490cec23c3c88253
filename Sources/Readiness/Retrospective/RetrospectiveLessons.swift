/// What all retrospectives together say about the reviews' predictions:
/// capacity estimates, tested headroom, alert noise, unanticipated incidents,
/// runbook accuracy and the template changes teams ask for.
///
/// Pure computation over every retrospective (a service with two
/// retrospectives counts twice). Every list has a fixed order, so the same
/// content gives the same page. A retrospective whose expected peak is
/// missing uses the review's.
public struct RetrospectiveLessons: Sendable {
    /// A ratio above this (actual over expected peak) is an under-estimate:
    /// more traffic came than the review planned for.
    public static let underEstimateAbove = 1.0
    /// A ratio below this is an over-estimate: at under half the predicted
    /// peak, the capacity bought for it (and the headroom on top) was wasted.
    public static let overEstimateBelow = 0.5

    /// One retrospective's capacity figures.
    public struct Estimate: Sendable, Hashable {
        public var service: String
        public var file: String
        public var date: Day
        public var expectedPeakRPS: Double
        public var actualPeakRPS: Double
        /// Actual over expected peak.
        public var ratio: Double
        /// What the review load tested, if it says.
        public var loadTestedRPS: Double?

        /// Load-tested over actual peak: at 1 or more the tested capacity covered the real peak.
        public var testedCoverage: Double? {
            guard let tested = loadTestedRPS, actualPeakRPS > 0 else { return nil }
            return tested / actualPeakRPS
        }

        /// Whether the load test reached the actual peak; nil without a load test.
        public var headroomCovered: Bool? { loadTestedRPS.map { $0 >= actualPeakRPS } }
    }

    /// How one alert name fared across every retrospective that reports it.
    public struct AlertNoise: Sendable, Hashable {
        public var name: String
        /// The services whose retrospectives report this alert, sorted.
        public var services: [String]
        public var fired: Int
        public var actionable: Int
        /// Firings that needed no action.
        public var noise: Int { fired - actionable }
        /// Actionable over fired; nil when it never fired.
        public var actionableShare: Double? { fired > 0 ? Double(actionable) / Double(fired) : nil }
    }

    /// A failure the review's dependency section did describe.
    public struct DocumentedFailureMode: Sendable, Hashable {
        public var dependency: String
        public var onFailure: String
    }

    /// An incident the review did not foresee, with what the review did foresee.
    public struct UnanticipatedIncident: Sendable, Hashable {
        public var service: String
        public var file: String
        public var id: String
        public var summary: String
        public var location: SourceLocation
        /// The review's documented dependency failure modes, in review order.
        public var documentedFailureModes: [DocumentedFailureMode]
    }

    /// One proposal to change the PRR template, with every service that made it.
    public struct TemplateChangeProposal: Sendable, Hashable {
        /// The text as first written (by service, then date).
        public var text: String
        /// The normalised text the proposals were grouped by.
        public var key: String
        /// The services that proposed it, sorted, each once.
        public var services: [String]
        /// Where each proposal was written, sorted.
        public var locations: [SourceLocation]
        /// The policy item (`category.item`) that already asks for it, if any (see `TemplateChangeMatcher`).
        public var policyItem: String?
        /// Whether the policy already contains it.
        public var inPolicy: Bool { policyItem != nil }
    }

    public var retrospectiveCount: Int
    /// Per retrospective with both peaks known, by service, date and file.
    public var estimates: [Estimate]
    public var medianRatio: Double?
    public var meanRatio: Double?
    /// Estimates with a ratio above `underEstimateAbove`.
    public var underEstimated: Int
    /// Estimates with a ratio below `overEstimateBelow`.
    public var overEstimated: Int
    /// Estimates whose review's load test reached the actual peak, and those whose did not.
    public var headroomCovered: Int
    public var headroomNotCovered: Int
    public var alertsFired: Int
    public var alertsActionable: Int
    /// Noisiest first: most non-actionable firings, then lowest share, then name.
    public var alerts: [AlertNoise]
    public var incidentCount: Int
    public var anticipatedIncidents: Int
    /// By service, date, then the incident's place in the file.
    public var unanticipated: [UnanticipatedIncident]
    public var runbooksAccurate: Int
    public var runbooksInaccurate: Int
    public var runbooksUnknown: Int
    /// Most proposed first, then by normalised text.
    public var templateChanges: [TemplateChangeProposal]

    /// Actionable over fired across every alert; nil when nothing fired.
    public var actionableShare: Double? {
        alertsFired > 0 ? Double(alertsActionable) / Double(alertsFired) : nil
    }

    /// Computes the lessons; `reviews` supply load tests, fallback expected
    /// peaks and documented failure modes.
    public init(retrospectives: [Retrospective], reviews: [ReviewDocument], policy: Policy) {
        self.init(retrospectives: retrospectives, index: ReviewIndex(reviews), policy: policy)
    }

    init(retrospectives: [Retrospective], index: ReviewIndex, policy: Policy) {
        let sorted = retrospectives.sorted {
            ($0.serviceName, $0.date, $0.file) < ($1.serviceName, $1.date, $1.file)
        }
        retrospectiveCount = sorted.count
        var estimates: [Estimate] = []
        var alertTotals: [String: AlertNoise] = [:]
        var unanticipated: [UnanticipatedIncident] = []
        var incidentCount = 0
        var runbooks = (accurate: 0, inaccurate: 0, unknown: 0)
        var proposals: [String: TemplateChangeProposal] = [:]
        let matcher = TemplateChangeMatcher(policy: policy)

        for retro in sorted {
            // The document, not a copy of its facts: a review is a large value.
            let review = index.review(for: retro)
            let service = retro.serviceName
            let expected = retro.capacity?.expectedPeakRPS ?? review?.review.capacity?.expectedPeakRPS
            if let expected, expected > 0, let actual = retro.capacity?.actualPeakRPS {
                estimates.append(Estimate(
                    service: service, file: retro.file, date: retro.date, expectedPeakRPS: expected,
                    actualPeakRPS: actual, ratio: actual / expected, loadTestedRPS: review?.review.capacity?.loadTestedRPS))
            }
            // Updated in place (`default:`), and a service's retrospectives
            // are consecutive: copying each total out and back, and searching
            // its services, made this quadratic in the retrospectives that
            // share an alert name.
            for alert in retro.alerts {
                alertTotals[alert.name, default: AlertNoise(name: alert.name, services: [], fired: 0, actionable: 0)]
                    .add(alert, of: service)
            }
            incidentCount += retro.incidents.count
            let modes = (review?.review.dependencies ?? []).compactMap { dependency -> DocumentedFailureMode? in
                guard let text = dependency.onFailure, !text.isEmpty else { return nil }
                return DocumentedFailureMode(dependency: dependency.ref, onFailure: text)
            }
            for incident in retro.incidents where !incident.anticipated {
                unanticipated.append(UnanticipatedIncident(
                    service: service, file: retro.file, id: incident.id, summary: incident.summary,
                    location: incident.location, documentedFailureModes: modes))
            }
            switch retro.runbooksAccurate {
            case true?: runbooks.accurate += 1
            case false?: runbooks.inaccurate += 1
            case nil: runbooks.unknown += 1
            }
            for change in retro.templateChanges {
                let key = TemplateChangeMatcher.key(change.text)
                guard !key.isEmpty else { continue }
                if proposals[key] == nil {
                    proposals[key] = TemplateChangeProposal(
                        text: change.text, key: key, services: [], locations: [],
                        policyItem: matcher.policyItem(for: change.text))
                }
                proposals[key]?.add(change.location, of: service)
            }
        }

        self.estimates = estimates
        let ratios = estimates.map(\.ratio)
        medianRatio = Self.median(ratios)
        meanRatio = ratios.isEmpty ? nil : ratios.reduce(0, +) / Double(ratios.count)
        underEstimated = ratios.filter { $0 > Self.underEstimateAbove }.count
        overEstimated = ratios.filter { $0 < Self.overEstimateBelow }.count
        headroomCovered = estimates.filter { $0.headroomCovered == true }.count
        headroomNotCovered = estimates.filter { $0.headroomCovered == false }.count
        alertsFired = alertTotals.values.reduce(0) { $0 + $1.fired }
        alertsActionable = alertTotals.values.reduce(0) { $0 + $1.actionable }
        alerts = alertTotals.values.map { noise in
            var noise = noise
            noise.services.sort()
            return noise
        }.sorted(by: Self.noisier)
        self.incidentCount = incidentCount
        anticipatedIncidents = incidentCount - unanticipated.count
        self.unanticipated = unanticipated
        runbooksAccurate = runbooks.accurate
        runbooksInaccurate = runbooks.inaccurate
        runbooksUnknown = runbooks.unknown
        templateChanges = proposals.values.map { proposal in
            var proposal = proposal
            proposal.services.sort()
            proposal.locations.sort()
            return proposal
        }.sorted { ($1.services.count, $0.key) < ($0.services.count, $1.key) }
    }

    /// The middle value of the sorted values; the mean of the two middle ones for an even count.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    private static func noisier(_ a: AlertNoise, _ b: AlertNoise) -> Bool {
        if a.noise != b.noise { return a.noise > b.noise }
        let shareA = a.actionableShare ?? 1, shareB = b.actionableShare ?? 1
        if shareA != shareB { return shareA < shareB }
        return a.name < b.name
    }
}

extension RetrospectiveLessons.AlertNoise {
    /// Counts one retrospective's report of this alert; the reports come
    /// sorted by service, so a service already counted is the last one.
    mutating func add(_ alert: Retrospective.Alert, of service: String) {
        fired += alert.fired
        actionable += alert.actionable
        if services.last != service { services.append(service) }
    }
}

extension RetrospectiveLessons.TemplateChangeProposal {
    /// Adds one proposal's place; proposals come sorted by service.
    mutating func add(_ location: SourceLocation, of service: String) {
        if services.last != service { services.append(service) }
        locations.append(location)
    }
}
