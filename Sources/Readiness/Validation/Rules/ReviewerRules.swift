extension Rule {
    static let reviewersTooFew = Rule(
        "reviewers-too-few", .reviewers, title: "Too few reviewers",
        rationale: "The tier asks for a minimum number of reviewers.",
        fix: "Add reviewers under `reviewers:` until the tier's minimum is met.")
    static let reviewerRoleMissing = Rule(
        "reviewer-role-missing", .reviewers, title: "Required reviewer role absent",
        rationale: "The tier requires a reviewer in this role (for tier 1, an SRE).",
        fix: "Ask someone in that role to review and add them with `role:` set.")
    static let reviewerNotIndependent = Rule(
        "reviewer-not-independent", .reviewers, title: "No independent reviewer",
        rationale: "The tier requires reviewers from outside the owning team; the catalog says these reviewers are members of it.",
        fix: "Ask a reviewer from another team (not a member of the owning Group or its child groups).")
    static let reviewerVerdictOpen = Rule(
        "reviewer-verdict-open", .reviewers, title: "Review claimed complete with an open verdict",
        rationale: "The review is approved or launched but a reviewer has not approved it.",
        fix: "Resolve the reviewer's requested changes and record `verdict: approved`, or set the status back to in-review.")
    static let signoffMissing = Rule(
        "signoff-missing", .reviewers, title: "Required sign-off absent",
        rationale: "The tier requires a sign-off in this role (for tier 1, a VP).",
        fix: "Record the sign-off under `signoffs:` with its role and date.")
    static let reviewModeNotAllowed = Rule(
        "review-mode-not-allowed", .reviewers, title: "Review mode not allowed for the tier",
        rationale: "The tier allows only some review modes (tier 1: SRE-led or hybrid).",
        fix: "Change `review_mode` to one the tier allows, or raise the review's rigour to match.")
    static let attestationNotByOwner = Rule(
        "attestation-not-by-owner", .reviewers, title: "Self-attestation not by the owning team's manager",
        rationale: "Tier 3 is a self-attestation by the owning team's manager; the catalog does not place this manager in the owning team.",
        fix: "Have the owning team's manager review and sign off, or correct the owner.")

    static let reviewerRules: [Rule] = [
        .reviewersTooFew, .reviewerRoleMissing, .reviewerNotIndependent, .reviewerVerdictOpen, .signoffMissing,
        .reviewModeNotAllowed, .attestationNotByOwner,
    ]
}
