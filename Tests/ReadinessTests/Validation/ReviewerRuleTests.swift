import Testing
@testable import Readiness

/// Reviewer, sign-off, review-mode and attestation rules.
@Suite struct ReviewerRuleTests {
    let clean = CleanReview.text()
    static let sam = "  - {ref: user:sam, role: sre, verdict: approved, date: 2026-10-20}"
    static let pete = "  - {ref: user:pete, role: peer, verdict: approved, date: 2026-10-21}"

    @Test func tooFewReviewersIsReportedAtTheReviewersKey() throws {
        let text = try clean.removingLine("user:pete")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "reviewers:")) reviewers-too-few error"])
        #expect(validation.findings.first?.message == "Tier 1 — critical needs at least 2 reviewers; the review has 1")
    }

    /// The same person listed twice is one reviewer, not two.
    @Test func theSameReviewerTwiceIsOneReviewer() throws {
        let text = try clean.swapping("ref: user:pete, role: peer", "ref: user:sam, role: peer")
        let validation = try CleanReview.validate(text)
        let line = try text.line(of: "reviewers:")
                #expect(validation.found == ["\(line) reviewers-too-few error"])
    }

    @Test func tier2NeedsOnlyOneReviewer() throws {
        let text = try CleanReview.text(tier: 2).removingLine("user:sam")
        let validation = try CleanReview.validate(text)
        #expect(validation.findings.isEmpty, "\(validation.found)")
    }

    @Test func missingRequiredRoleIsReported() throws {
        let text = try clean.swapping("ref: user:sam, role: sre", "ref: user:sam, role: peer")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "reviewers:")) reviewer-role-missing error"])
        #expect(validation.findings.first?.message == "Tier 1 — critical needs a reviewer with role `sre`")
    }

    @Test func roleComparisonIgnoresCase() throws {
        let text = try clean.swapping("ref: user:sam, role: sre", "ref: user:sam, role: SRE")
        #expect(try CleanReview.validate(text).findings.isEmpty)
    }

    @Test func reviewersAllFromTheOwningTeamAreNotIndependent() throws {
        // paula is in payments directly; lena through the child group payments-ledger.
        let text = try clean
            .swapping("ref: user:sam, role: sre", "ref: user:paula, role: sre")
            .swapping("ref: user:pete, role: peer", "ref: user:lena, role: peer")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "user:paula, role: sre")) reviewer-not-independent error"])
        #expect(validation.findings.first?.message
            == "Tier 1 — critical needs 1 reviewer(s) from outside group:payments; user:paula, user:lena belong(s) to it")
    }

    /// Tier 2 has one reviewer, who must be independent: a member of the owning
    /// group, directly or through a child group, is not; anyone else is.
    @Test(arguments: [("paula", true), ("lena", true), ("pete", false), ("sam", false)])
    func singleTier2ReviewerMustBeFromOutsideTheOwningGroup(user: String, member: Bool) throws {
        let text = try CleanReview.text(tier: 2)
            .removingLine("user:sam")
            .swapping("ref: user:pete, role: peer", "ref: user:\(user), role: peer")
        let validation = try CleanReview.validate(text)
        let line = try text.line(of: "user:\(user), role: peer")
        #expect(validation.found == (member ? ["\(line) reviewer-not-independent error"] : []))
    }

    @Test(arguments: ["approved", "launched"])
    func openVerdictOnACompleteReviewIsReportedAtTheReviewer(status: String) throws {
        let text = try CleanReview.text(status: status)
            .swapping("user:pete, role: peer, verdict: approved", "user:pete, role: peer, verdict: changes-requested")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "user:pete")) reviewer-verdict-open error"])
        #expect(validation.findings.first?.message == "the review is \(status) but user:pete's verdict is changes-requested")
    }

    @Test func missingVerdictIsOpenToo() throws {
        let text = try clean.swapping(Self.pete, "  - {ref: user:pete, role: peer}")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "user:pete")) reviewer-verdict-open error"])
        #expect(validation.findings.first?.message.hasSuffix("verdict is not recorded") == true)
    }

    @Test(arguments: ["draft", "in-review", "retired"])
    func openVerdictIsFineWhileTheReviewClaimsNothing(status: String) throws {
        let text = try CleanReview.text(status: status)
            .swapping("user:pete, role: peer, verdict: approved", "user:pete, role: peer, verdict: pending")
        #expect(try CleanReview.validate(text).findings.isEmpty)
    }

    @Test func missingSignoffIsReportedAtTheSignoffsKey() throws {
        let text = try clean.swapping("signoffs:\n  - {ref: user:vera, role: vp, date: 2026-10-22}", "signoffs: []")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "signoffs: []")) signoff-missing error"])
        #expect(validation.findings.first?.message == "Tier 1 — critical needs a sign-off with role `vp`")
    }

    @Test func signoffInAnotherRoleDoesNotCount() throws {
        let text = try clean.swapping("ref: user:vera, role: vp", "ref: user:vera, role: director")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "signoffs:")) signoff-missing error"])
    }

    @Test func reviewModeOutsideTheTiersModesIsReported() throws {
        let text = try clean.swapping("review_mode: hybrid", "review_mode: peer")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "review_mode:")) review-mode-not-allowed error"])
        #expect(validation.findings.first?.message == "`peer` review is not allowed for Tier 1 — critical (allowed: sre-led, hybrid)")
    }

    @Test(arguments: ["sre-led", "hybrid"]) func tier1AllowsSRELedAndHybrid(mode: String) throws {
        let text = try clean.swapping("review_mode: hybrid", "review_mode: \(mode)")
        #expect(try CleanReview.validate(text).findings.isEmpty)
    }

    @Test func tier3AttestationByAManagerOutsideTheOwningTeamIsReported() throws {
        let text = try CleanReview.text(tier: 3).swapping("ref: user:paula, role: manager, verdict", "ref: user:pete, role: manager, verdict")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "user:pete")) attestation-not-by-owner error"])
        #expect(validation.findings.first?.message
            == "user:pete attests, but the catalog does not place them in group:payments")
    }

    @Test func tier3AttestationByAChildTeamsManagerIsFine() throws {
        let text = try CleanReview.text(tier: 3).swapping("ref: user:paula, role: manager, verdict", "ref: user:lena, role: manager, verdict")
        #expect(try CleanReview.validate(text).findings.isEmpty)
    }

    @Test func tier1HasNoAttestationRule() throws {
        // An outside "manager" reviewing a tier-1 review is just another reviewer.
        let text = try clean.swapping("ref: user:pete, role: peer", "ref: user:pete, role: manager")
        #expect(try CleanReview.validate(text).findings.isEmpty)
    }
}
