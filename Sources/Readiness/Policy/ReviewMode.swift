/// Who runs a review. Each tier allows some of these (`TierPolicy.allowedReviewModes`).
public enum ReviewMode: String, Sendable, Hashable, CaseIterable, Codable {
    /// The owning team reviews itself against the checklist.
    case selfService = "self-service"
    /// Engineers from another team review.
    case peer
    /// The SRE team runs the review.
    case sreLed = "sre-led"
    /// The owning team prepares, SRE and peers review together.
    case hybrid
}
