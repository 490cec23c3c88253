/// Reviewer, sign-off and review-mode rules from the tier policy.
struct ReviewerValidator {
    let context: ReviewContext

    func findings() -> [Finding] {
        let review = context.review
        let tier = context.tierPolicy
        let reviewersAt = review.location(of: "reviewers")
        var findings: [Finding] = []
        // People, not entries: one person listed in two roles is one reviewer.
        let people = Set(review.reviewers.map { EntityRef($0.ref, defaultKind: "user")?.description ?? $0.ref.lowercased() })
        if people.count < tier.minReviewers {
            findings.append(Finding(
                .reviewersTooFew,
                "\(review.tier.label) needs at least \(tier.minReviewers) reviewers; the review has \(people.count)",
                at: reviewersAt))
        }
        let roles = Set(review.reviewers.compactMap { $0.role?.lowercased() })
        for role in tier.requiredReviewerRoles where !roles.contains(role.lowercased()) {
            findings.append(Finding(
                .reviewerRoleMissing, "\(review.tier.label) needs a reviewer with role `\(role)`", at: reviewersAt))
        }
        if tier.independentReviewers > 0, context.hasCatalog, context.effectiveOwner != nil {
            let independent = review.reviewers.filter { !context.isOwnerMember($0.ref) }
            if independent.count < tier.independentReviewers {
                let members = review.reviewers.filter { context.isOwnerMember($0.ref) }
                let owner = context.effectiveOwner?.displayName ?? "the owning team"
                let who = members.map(\.ref).joined(separator: ", ")
                findings.append(Finding(
                    .reviewerNotIndependent,
                    "\(review.tier.label) needs \(tier.independentReviewers) reviewer(s) from outside \(owner); \(who.isEmpty ? "none is" : who + " belong(s) to it")",
                    at: members.first?.location ?? reviewersAt))
            }
        }
        if review.status.claimsReadiness {
            for reviewer in review.reviewers where reviewer.verdict != .approved {
                findings.append(Finding(
                    .reviewerVerdictOpen,
                    "the review is \(review.status.rawValue) but \(reviewer.ref)'s verdict is \(reviewer.verdict?.rawValue ?? "not recorded")",
                    at: reviewer.location))
            }
        }
        let signoffRoles = Set(review.signoffs.compactMap { $0.role?.lowercased() })
        for role in tier.requiredSignoffRoles where !signoffRoles.contains(role.lowercased()) {
            findings.append(Finding(
                .signoffMissing, "\(review.tier.label) needs a sign-off with role `\(role)`",
                at: review.fieldLocations["signoffs"] ?? review.location(of: "status")))
        }
        if let mode = review.reviewMode, !tier.allowedReviewModes.contains(mode) {
            let allowed = tier.allowedReviewModes.map(\.rawValue).joined(separator: ", ")
            findings.append(Finding(
                .reviewModeNotAllowed, "`\(mode.rawValue)` review is not allowed for \(review.tier.label) (allowed: \(allowed))",
                at: review.location(of: "review_mode")))
        }
        if tier.selfAttestation, context.hasCatalog, context.effectiveOwner != nil {
            let managers = review.reviewers.filter { $0.role?.lowercased() == "manager" }
            if !managers.isEmpty, !managers.contains(where: { context.isOwnerMember($0.ref) }) {
                findings.append(Finding(
                    .attestationNotByOwner,
                    "\(managers.map(\.ref).joined(separator: ", ")) attests, but the catalog does not place them in \(context.effectiveOwner?.displayName ?? "the owning team")",
                    at: managers[0].location))
            }
        }
        return findings
    }
}
