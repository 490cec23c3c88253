/// The facts a review's front matter records, each with its place in the file
/// so that findings about it point at the right line.

public struct Reviewer: Sendable, Hashable {
    /// A catalog User reference such as `user:alice`.
    public var ref: String
    public var role: String?
    public var verdict: Verdict?
    public var date: Day?
    public var location: SourceLocation
}

public struct Signoff: Sendable, Hashable {
    public var ref: String
    public var role: String?
    public var date: Day?
    public var location: SourceLocation
}

public struct ServiceLevelObjective: Sendable, Hashable {
    public var name: String
    /// As written, for example `99.95%` or `p99 < 300ms`.
    public var objective: String?
    public var window: String?
    public var location: SourceLocation
}

public struct Alert: Sendable, Hashable {
    public var name: String
    /// The SLO this alert protects, by name.
    public var slo: String?
    /// Who gets paged.
    public var pages: String?
    public var runbook: String?
    public var location: SourceLocation
}

public struct LoadTest: Sendable, Hashable {
    public var date: Day?
    public var report: String?
    public var location: SourceLocation
}

public struct Autoscaling: Sendable, Hashable {
    public var min: Int?
    public var max: Int?
    public var location: SourceLocation
}

public struct Capacity: Sendable, Hashable {
    public var expectedPeakRPS: Double?
    public var loadTestedRPS: Double?
    public var loadTest: LoadTest?
    public var autoscaling: Autoscaling?
    public var monthlyCostUSD: Double?
    public var location: SourceLocation

    /// Load-tested throughput over expected peak, when both are known.
    public var headroom: Double? {
        guard let tested = loadTestedRPS, let peak = expectedPeakRPS, peak > 0 else { return nil }
        return tested / peak
    }
}

public struct Dependency: Sendable, Hashable {
    /// A catalog reference as written (`resource:ledger-db`, `component:default/auth`).
    public var ref: String {
        didSet { entity = Self.entity(of: ref) }
    }
    /// `ref` read as a reference, of kind Component unless it names another
    /// kind; nil when it is no valid reference. Read once: validation and
    /// pages look it up on every load.
    public private(set) var entity: EntityRef?
    /// What this service does when the dependency fails.
    public var onFailure: String?
    public var timeoutMS: Int?
    public var retries: Int?
    public var circuitBreaker: Bool?
    public var location: SourceLocation

    private static func entity(of ref: String) -> EntityRef? { EntityRef(ref, defaultKind: "component") }

    public init(ref: String, onFailure: String? = nil, timeoutMS: Int? = nil, retries: Int? = nil,
                circuitBreaker: Bool? = nil, location: SourceLocation) {
        self.ref = ref
        entity = Self.entity(of: ref)
        self.onFailure = onFailure
        self.timeoutMS = timeoutMS
        self.retries = retries
        self.circuitBreaker = circuitBreaker
        self.location = location
    }
}

public struct Rollback: Sendable, Hashable {
    public var procedure: String?
    /// When the rollback was last rehearsed.
    public var tested: Day?
    public var location: SourceLocation
}

public struct Rollout: Sendable, Hashable {
    public var featureFlag: String?
    public var strategy: RolloutStrategy?
    /// Percent of traffic at each stage.
    public var stages: [Double]
    public var trafficShaping: String?
    public var rollback: Rollback?
    public var communication: String?
    /// The last significant change to the service; a rollback tested before it is stale.
    public var lastMajorChange: Day?
    public var location: SourceLocation
}

public struct Oncall: Sendable, Hashable {
    public var rotation: String?
    public var escalation: [String]
    public var location: SourceLocation
}

/// An explicit, time-limited acceptance of an unmet checklist item.
public struct AcceptedRisk: Sendable, Hashable {
    /// The item's full id, `category.item`.
    public var item: String
    public var reason: String?
    public var acceptedBy: String?
    public var expires: Day?
    public var location: SourceLocation
}
