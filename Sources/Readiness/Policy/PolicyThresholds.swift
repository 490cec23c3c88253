/// The numbers the time- and capacity-based gap rules compare against.
public struct PolicyThresholds: Sendable, Hashable {
    /// Load-tested throughput must be at least this multiple of the expected peak (at least 1).
    public var headroomFactor: Double
    /// Days after launch by which a retrospective is due.
    public var retrospectiveDueDays: Int
    /// Risk acceptances expiring within this many days are flagged ahead of time.
    public var riskExpiryWarningDays: Int
    /// Days after its review date when a review of each tier counts as stale.
    public var stalenessDays: [Tier: Int]

    public init(
        headroomFactor: Double = 2.0, retrospectiveDueDays: Int = 30, riskExpiryWarningDays: Int = 30,
        stalenessDays: [Tier: Int] = PolicyThresholds.defaultStalenessDays
    ) {
        self.headroomFactor = headroomFactor
        self.retrospectiveDueDays = retrospectiveDueDays
        self.riskExpiryWarningDays = riskExpiryWarningDays
        self.stalenessDays = stalenessDays
    }

    /// Tier 1 reviews go stale after six months, tier 2 after nine, tier 3 after a year.
    public static let defaultStalenessDays: [Tier: Int] = [.one: 180, .two: 270, .three: 365]

    /// The staleness window for `tier`, falling back to the built-in one.
    public func stalenessDays(for tier: Tier) -> Int {
        stalenessDays[tier] ?? Self.defaultStalenessDays[tier] ?? 365
    }
}
