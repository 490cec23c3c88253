import Testing
@testable import Readiness

/// Cross-checks of a review against the catalog and the site's other reviews.
@Suite struct CatalogRuleTests {
    let clean = CleanReview.text()
    static let authDependency = "  - {ref: component:auth-service, on_failure: \"Cached tokens are honoured for 5 minutes\", timeout_ms: 100, retries: 1}"

    @Test func serviceMissingFromTheCatalogIsReportedAtTheServiceKey() throws {
        let text = try clean.swapping("service: payments-api", "service: payments-apii")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "service:")) service-not-in-catalog error"])
        #expect(validation.findings.first?.message == "`payments-apii` is not a Component in the catalog")
        #expect(validation.findings.first?.item == "ownership.catalog-owner")
    }

    /// ledger-db exists, but as a Resource: the review does not cover a
    /// Component, so the rule's own message ("is not a Component in the
    /// catalog") applies. `ReviewContext.component` looks the reference up
    /// without checking its kind, so the Resource is taken for the Component
    /// and the review instead gets two dependency-not-in-catalog findings
    /// (a Resource has no dependsOn).
    @Test func serviceThatIsNotAComponentIsNotInTheCatalog() throws {
        let text = try clean.swapping("service: payments-api", "service: resource:ledger-db")
        let validation = try CleanReview.validate(text)
        let serviceLine = try text.line(of: "service:")
                #expect(validation.found == ["\(serviceLine) service-not-in-catalog error"])
    }

    @Test func ownerDisagreeingWithTheCatalogIsReportedAtTheOwnerKey() throws {
        let text = try clean.swapping("owner: group:payments", "owner: group:search")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "owner: group:search")) owner-mismatch error"])
        #expect(validation.findings.first?.message
            == "the review names owner `group:search` but the catalog says `group:payments`")
    }

    /// The catalog writes `group:default/payments`; every spelling of the same group agrees with it.
    @Test(arguments: ["payments", "group:payments", "group:default/payments", "Group:Payments", "default/payments"])
    func ownerWrittenInAnyFormOfTheSameGroupAgrees(owner: String) throws {
        let text = try clean.swapping("owner: group:payments", "owner: \(owner)")
        #expect(try CleanReview.validate(text).findings.isEmpty)
    }

    /// An owner that is not an entity reference at all cannot agree with the
    /// catalog, but `CatalogValidator` only compares when `ownerRef` parses,
    /// so it says nothing.
    @Test func ownerThatIsNotAReferenceDisagreesWithTheCatalog() throws {
        let text = try clean.swapping("owner: group:payments", "owner: \"Payments Team\"")
        let validation = try CleanReview.validate(text)
        let ownerLine = try text.line(of: "owner:")
                #expect(validation.found == ["\(ownerLine) owner-mismatch error"])
    }

    @Test func catalogDependencyTheReviewLeavesOutIsUndocumented() throws {
        let text = try clean.removingLine("ref: resource:ledger-db")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "dependencies:")) dependency-undocumented error"])
        #expect(validation.findings.first?.message
            == "the catalog says `component:payments-api` depends on `resource:ledger-db`, which the review does not document")
        #expect(validation.findings.first?.item == "failure-modes.dependency-failures")
    }

    @Test func dependencyWithoutOnFailureIsReportedAtTheDependency() throws {
        let text = try clean.swapping(Self.authDependency, "  - {ref: component:auth-service, timeout_ms: 100}")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "ref: component:auth-service")) dependency-failure-undocumented error"])
        #expect(validation.findings.first?.message == "dependency `component:auth-service` has no `on_failure`")
    }

    @Test func dependencyUnknownToTheCatalogIsReported() throws {
        let text = try clean.swapping(Self.authDependency, Self.authDependency + "\n  - {ref: resource:ghost-queue, on_failure: \"Drop\"}")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "ghost-queue")) dependency-not-in-catalog error"])
        #expect(validation.findings.first?.message == "`resource:ghost-queue` is not in the catalog")
    }

    @Test func dependencyInTheCatalogButNotInDependsOnIsReported() throws {
        let text = try clean.swapping(Self.authDependency, Self.authDependency + "\n  - {ref: resource:fx-cache, on_failure: \"Use yesterday's rates\"}")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "fx-cache")) dependency-not-in-catalog error"])
        #expect(validation.findings.first?.message
            == "`resource:fx-cache` is documented here but is not in the Component's dependsOn")
    }

    /// A dependency whose ref is not a reference is skipped without a word,
    /// so a typo hides the dependency from every catalog check.
    @Test func dependencyThatIsNotAReferenceIsReported() throws {
        let text = try clean.swapping(Self.authDependency, Self.authDependency + "\n  - {ref: \"ledger db\", on_failure: \"Fail\"}")
        let validation = try CleanReview.validate(text)
        let line = try text.line(of: "ledger db")
                #expect(validation.found == ["\(line) dependency-not-in-catalog error"])
    }

    @Test func dependencyWithoutAKindIsAComponent() throws {
        let text = try clean.swapping("ref: component:auth-service,", "ref: auth-service,")
        #expect(try CleanReview.validate(text).findings.isEmpty)
    }

    @Test func reviewerUnknownToTheCatalogIsReported() throws {
        let text = try clean.swapping("ref: user:pete,", "ref: user:ghost,")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "user:ghost")) reviewer-unknown error"])
        #expect(validation.findings.first?.message == "`user:ghost` is not a User in the catalog")
    }

    @Test func reviewerThatIsAGroupIsNotAUser() throws {
        let text = try clean.swapping("ref: user:pete,", "ref: group:search,")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "ref: group:search")) reviewer-unknown error"])
    }

    @Test func signoffByAnUnknownPersonIsReported() throws {
        let text = try clean.swapping("ref: user:vera,", "ref: user:vp-nobody,")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "user:vp-nobody")) reviewer-unknown error"])
    }

    @Test func riskApproverUnknownToTheCatalogIsReported() throws {
        let text = try clean.swapping(
            "oncall: {", "risks:\n  - {item: capacity.cost-projection, reason: r, accepted_by: user:nobody, expires: 2027-01-01}\noncall: {")
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "user:nobody")) reviewer-unknown error"])
    }

    @Test func peopleWithoutAKindAreUsers() throws {
        let text = try clean.swapping("ref: user:pete,", "ref: pete,").swapping("ref: user:vera,", "ref: vera,")
        #expect(try CleanReview.validate(text).findings.isEmpty)
    }

    @Test(arguments: ["draft", "in-review"])
    func tier1DependencyWhoseReviewIsNotApprovedIsNotReady(status: String) throws {
        let validation = try CleanReview.validate(clean, others: [CleanReview.dependencyReview(status: status)])
        #expect(validation.found == ["\(try clean.line(of: "ref: component:auth-service")) dependency-not-ready error"])
        #expect(validation.findings.first?.message == "tier-1 dependency `component:auth-service` is only \(status)")
    }

    @Test func tier1DependencyWithoutAReviewIsNotReady() throws {
        let validation = try CleanReview.validate(clean, others: [])
        #expect(validation.found == ["\(try clean.line(of: "ref: component:auth-service")) dependency-not-ready error"])
        #expect(validation.findings.first?.message == "tier-1 dependency `component:auth-service` has no review")
    }

    @Test func launchedDependencyIsReady() throws {
        let validation = try CleanReview.validate(clean, others: [CleanReview.dependencyReview(status: "launched")])
        #expect(validation.findings.isEmpty, "\(validation.found)")
    }

    @Test(arguments: [2, 3]) func onlyTier1ReviewsNeedReadyDependencies(tier: Int) throws {
        let validation = try CleanReview.validate(CleanReview.text(tier: tier), others: [])
        #expect(validation.findings.isEmpty, "\(validation.found)")
    }

    @Test func resourceDependenciesNeedNoReview() throws {
        // ledger-db has no review on the site, and none is asked for.
        let validation = try CleanReview.validate(clean)
        #expect(validation.findings(Rule.dependencyNotReady.id).isEmpty)
        #expect(try CleanReview.validate(clean, others: []).findings.count == 1)
    }
}
