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

    /// The tier as readers see it, such as "Tier 1 — critical".
    public var label: String { "Tier \(rawValue) — \(name)" }

    public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
}
