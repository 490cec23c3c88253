/// A post-launch retrospective: what the first weeks in production showed
/// about the predictions a review made.
///
/// Written as `Content/retrospectives/<service>.md` about thirty days after
/// launch. The front matter records the facts (peak traffic, alert counts,
/// incidents, runbook accuracy, proposed template changes); the body is the
/// team's narrative. Every fact keeps its place in the file.
public struct Retrospective: Sendable, Hashable {
    /// Expected and actual peak traffic.
    public struct Capacity: Sendable, Hashable {
        /// The review's prediction, repeated so the retrospective judges that prediction.
        public var expectedPeakRPS: Double?
        /// The highest request rate seen after launch.
        public var actualPeakRPS: Double?
        public var location: SourceLocation

        public init(expectedPeakRPS: Double?, actualPeakRPS: Double?, location: SourceLocation) {
            self.expectedPeakRPS = expectedPeakRPS
            self.actualPeakRPS = actualPeakRPS
            self.location = location
        }

        /// Actual peak over expected peak: above 1 the estimate was too low,
        /// below 1 too high. Nil unless both are known and the expected peak is positive.
        public var estimateRatio: Double? {
            guard let expected = expectedPeakRPS, let actual = actualPeakRPS, expected > 0 else { return nil }
            return actual / expected
        }
    }

    /// How often one of the review's alerts fired, and how many times it needed action.
    public struct Alert: Sendable, Hashable {
        /// The alert's name as the review declares it.
        public var name: String
        public var fired: Int
        /// Firings that needed someone to act; never more than `fired`.
        public var actionable: Int
        public var location: SourceLocation

        public init(name: String, fired: Int, actionable: Int, location: SourceLocation) {
            self.name = name
            self.fired = fired
            self.actionable = actionable
            self.location = location
        }
    }

    /// An incident after launch, and whether the review foresaw it.
    public struct Incident: Sendable, Hashable {
        /// The incident tracker's id, such as `INC-2026-0214`.
        public var id: String
        /// Whether the review's failure modes described this failure.
        public var anticipated: Bool
        public var summary: String
        public var location: SourceLocation

        public init(id: String, anticipated: Bool, summary: String, location: SourceLocation) {
            self.id = id
            self.anticipated = anticipated
            self.summary = summary
            self.location = location
        }
    }

    /// A proposed change to the PRR template, as written.
    public struct TemplateChange: Sendable, Hashable {
        public var text: String
        public var location: SourceLocation

        public init(text: String, location: SourceLocation) {
            self.text = text
            self.location = location
        }
    }

    /// The file's path as shown in diagnostics.
    public var file: String
    /// The reviewed service as written (`payments-api` or `component:default/payments-api`).
    public var service: String {
        get { identity.written }
        set { identity = ServiceIdentity(newValue) }
    }
    /// The service name without kind and namespace, as `Review.serviceName` gives it.
    public var serviceName: String { identity.name }
    /// The key that pairs this retrospective with its review (see `ServiceKey`).
    public var serviceKey: String { identity.key }
    private var identity: ServiceIdentity
    /// When the retrospective was held.
    public var date: Day
    public var capacity: Capacity?
    public var alerts: [Alert]
    public var incidents: [Incident]
    /// Whether the runbooks worked as written; nil when not stated.
    public var runbooksAccurate: Bool?
    public var templateChanges: [TemplateChange]
    /// Where each top-level front-matter key is.
    public var fieldLocations: FieldLocations
    /// The Markdown after the front matter.
    public var body: String
    /// Lines before the body in the file.
    public var bodyLineOffset: Int

    public init(
        file: String, service: String, date: Day, capacity: Capacity? = nil, alerts: [Alert] = [],
        incidents: [Incident] = [], runbooksAccurate: Bool? = nil, templateChanges: [TemplateChange] = [],
        fieldLocations: FieldLocations? = nil, body: String = "", bodyLineOffset: Int = 0
    ) {
        self.file = file
        identity = ServiceIdentity(service)
        self.date = date
        self.capacity = capacity
        self.alerts = alerts
        self.incidents = incidents
        self.runbooksAccurate = runbooksAccurate
        self.templateChanges = templateChanges
        self.fieldLocations = fieldLocations ?? FieldLocations(file: file)
        self.body = body
        self.bodyLineOffset = bodyLineOffset
    }

    /// Actual over expected peak (see `Capacity.estimateRatio`).
    public var estimateRatio: Double? { capacity?.estimateRatio }

    /// The place of a top-level key, or the start of the front matter when the key is absent.
    public func location(of key: String) -> SourceLocation {
        fieldLocations[key] ?? SourceLocation(file: file, line: 1, column: 1)
    }

}

/// How a retrospective finds its review: both name the service, perhaps in
/// different spellings (`payments-api`, `component:default/Payments-API`).
///
/// A name that parses as a catalog reference (kind `component` by default)
/// is keyed by its canonical reference, so case, the default namespace and
/// the kind prefix do not matter; anything else is keyed by its lowercased text.
public enum ServiceKey {
    public static func of(_ service: String) -> String {
        if let ref = EntityRef(service, defaultKind: "component") { return ref.description }
        return "text:" + service.trimmingHorizontalWhitespace().lowercased()
    }
}
