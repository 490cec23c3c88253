/// Where a review stands. The status is a claim: findings on an `approved` or
/// `launched` review are errors because the claim is then not true.
public enum ReviewStatus: String, Sendable, CaseIterable, Codable, Comparable {
    case draft
    case inReview = "in-review"
    case approved
    case launched
    case retired

    /// Whether the review claims to be complete, so open gaps are errors.
    public var claimsReadiness: Bool { self == .approved || self == .launched }

    public var label: String {
        switch self {
        case .draft: return "Draft"
        case .inReview: return "In review"
        case .approved: return "Approved"
        case .launched: return "Launched"
        case .retired: return "Retired"
        }
    }

    public static func < (lhs: ReviewStatus, rhs: ReviewStatus) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// A reviewer's conclusion.
public enum Verdict: String, Sendable, CaseIterable, Codable {
    case approved
    case changesRequested = "changes-requested"
    case pending
}

/// How traffic moves to the new version.
public enum RolloutStrategy: String, Sendable, CaseIterable, Codable {
    case canary
    case percentage
    case blueGreen = "blue-green"
    case allAtOnce = "all-at-once"

    /// Strategies that send a share of traffic to the new version, which only
    /// works when something actually shapes the traffic.
    public var needsTrafficShaping: Bool { self == .canary || self == .percentage }
}
