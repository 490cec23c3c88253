/// How much a service matters, which decides how much review it needs.
///
/// Tier 1 gets the full Production Readiness Review, tier 2 a standard review
/// with an independent peer, tier 3 a self-attestation by the owning team's
/// manager. Tiers compare by number: `.one < .two` (tier 1 is the strictest).
public enum Tier: Int, Sendable, CaseIterable, Comparable, Codable {
    case one = 1, two, three

    /// A short word for the tier: "critical", "important" or "low risk".
    public var name: String {
        switch self {
        case .one: return "critical"
        case .two: return "important"
        case .three: return "low risk"
        }
    }

    /// "Tier 1", "Tier 2" or "Tier 3".
    public var title: String { Self.titles[rawValue - 1] }

    /// The tier as readers see it, such as "Tier 1 — critical".
    public var label: String { Self.labels[rawValue - 1] }

    // Made once: every row of every list shows a review's tier.
    private static let titles = allCases.map { "Tier \($0.rawValue)" }
    private static let labels = allCases.map { "\($0.title) — \($0.name)" }

    public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
}
