/// How critical a service is, which sets how rigorous its review must be.
public enum Tier: Int, Sendable, CaseIterable, Comparable, Codable {
    case one = 1, two, three

    /// "Tier 1 — critical".
    public var label: String {
        switch self {
        case .one: return "Tier 1 — critical"
        case .two: return "Tier 2 — important"
        case .three: return "Tier 3 — low risk"
        }
    }

    /// "Tier 1".
    public var name: String { "Tier \(rawValue)" }

    public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Who carries out a review.
public enum ReviewMode: String, Sendable, CaseIterable, Codable {
    case selfService = "self-service"
    case peer
    case sreLed = "sre-led"
    case hybrid
}
