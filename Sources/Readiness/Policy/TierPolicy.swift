/// What a review of one tier needs besides its checklist: who reviews it,
/// who signs it off and how it may be run.
public struct TierPolicy: Sendable, Hashable {
    public var tier: Tier
    /// One sentence for readers: what this tier's review is.
    public var description: String
    /// The fewest distinct people listed as reviewers.
    public var minReviewers: Int
    /// Roles that at least one reviewer each must hold (`sre`, `peer`, `manager`…).
    public var requiredReviewerRoles: [String]
    /// How many reviewers must not be members of the owning team (per the catalog).
    public var independentReviewers: Int
    /// Roles that must each have signed off (`vp`, `manager`…).
    public var requiredSignoffRoles: [String]
    /// The review modes a review of this tier may declare.
    public var allowedReviewModes: [ReviewMode]
    /// Whether the owning team's manager attests instead of an outside review.
    public var selfAttestation: Bool

    public init(
        tier: Tier, description: String, minReviewers: Int, requiredReviewerRoles: [String],
        independentReviewers: Int, requiredSignoffRoles: [String], allowedReviewModes: [ReviewMode],
        selfAttestation: Bool
    ) {
        self.tier = tier
        self.description = description
        self.minReviewers = minReviewers
        self.requiredReviewerRoles = requiredReviewerRoles
        self.independentReviewers = independentReviewers
        self.requiredSignoffRoles = requiredSignoffRoles
        self.allowedReviewModes = allowedReviewModes
        self.selfAttestation = selfAttestation
    }

    /// The built-in graduated model.
    public static func `default`(for tier: Tier) -> TierPolicy {
        switch tier {
        case .one:
            return TierPolicy(
                tier: .one,
                description: "Full PRR: every checklist item with evidence, at least two reviewers including an SRE, VP sign-off.",
                minReviewers: 2, requiredReviewerRoles: ["sre"], independentReviewers: 1,
                requiredSignoffRoles: ["vp"], allowedReviewModes: [.sreLed, .hybrid], selfAttestation: false)
        case .two:
            return TierPolicy(
                tier: .two,
                description: "Standard PRR: the core checklist with evidence for monitoring, capacity, failure modes and docs, reviewed by an independent peer.",
                minReviewers: 1, requiredReviewerRoles: ["peer"], independentReviewers: 1,
                requiredSignoffRoles: [], allowedReviewModes: [.peer, .hybrid, .sreLed], selfAttestation: false)
        case .three:
            return TierPolicy(
                tier: .three,
                description: "Self-attestation: the owning team's manager attests that the core checklist is done.",
                minReviewers: 1, requiredReviewerRoles: ["manager"], independentReviewers: 0,
                requiredSignoffRoles: ["manager"], allowedReviewModes: ReviewMode.allCases, selfAttestation: true)
        }
    }
}
