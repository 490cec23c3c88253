import Testing
@testable import Readiness

/// A finding's severity follows the review's claim; readiness sums findings up.
@Suite struct SeverityAndReadinessTests {
    static func uncheckedThreatModel(status: String) throws -> String {
        try CleanReview.text(status: status)
            .swapping(CleanReview.line("security", "threat-model"), "- [ ] Threat model exists")
    }

    @Test(arguments: [
        ("draft", Severity.warning), ("in-review", .warning), ("approved", .error), ("launched", .error), ("retired", .note),
    ])
    func severityFollowsTheStatus(status: String, severity: Severity) throws {
        let text = try Self.uncheckedThreatModel(status: status)
        let validation = try CleanReview.validate(text)
        #expect(validation.found == ["\(try text.line(of: "- [ ] Threat model")) checklist-item-unchecked \(severity.rawValue)"])
        #expect(validation.findings.first?.diagnostic.severity == severity)
        #expect(validation.readiness.state == .notReady)
    }

    @Test(arguments: ["draft", "in-review", "approved", "launched", "retired"])
    func strictMakesEveryOpenFindingAnError(status: String) throws {
        let validation = try CleanReview.validate(Self.uncheckedThreatModel(status: status), strict: true)
        #expect(validation.findings.map(\.severity) == [.error])
    }

    @Test(arguments: [false, true]) func acceptedFindingIsANoteEvenWhenStrict(strict: Bool) throws {
        let text = try Self.uncheckedThreatModel(status: "approved").swapping(
            "oncall: {",
            "risks:\n  - {item: security.threat-model, reason: booked, accepted_by: user:vera, expires: 2027-01-01}\noncall: {")
        let validation = try CleanReview.validate(text, strict: strict)
        #expect(validation.findings.map(\.severity) == [.note])
        #expect(validation.readiness.state == .readyWithAcceptedRisks)
    }

    /// A review with known answers per category:
    /// - security: threat model unticked but accepted, authz unticked, secrets
    ///   ticked, dependency scanning n/a with a reason, compliance absent;
    /// - capacity: everything ticked, but the headroom tick is contradicted (1.5x);
    /// - logging: tracing marked n/a without a reason;
    /// - every other category fully met.
    @Test func readinessSummaryCountsEachCategory() throws {
        let text = try CleanReview.text()
            .swapping(CleanReview.line("security", "threat-model"), "- [ ] Threat model exists")
            .swapping(CleanReview.line("security", "authz-review"), "- [ ] Auth and authz reviewed")
            .swapping(CleanReview.line("security", "dependency-scanning"), "- [n/a] Dependencies scanned — no third-party code")
            .removingLine("Compliance requirements")
            .swapping(CleanReview.line("logging", "tracing"), "- [n/a] Distributed tracing instrumentation")
            .swapping("load_tested_rps: 2500", "load_tested_rps: 1500")
            .swapping("oncall: {",
                      "risks:\n  - {item: security.threat-model, reason: booked, accepted_by: user:vera, expires: 2027-01-01}\noncall: {")
        let validation = try CleanReview.validate(text)
        let readiness = validation.readiness
        #expect(readiness.state == .notReady)
        // Open: authz unchecked, compliance missing, tracing n/a without reason, headroom-low, checked-contradicted.
        #expect(readiness.openFindings == 5 && readiness.acceptedFindings == 1)
        #expect(readiness.openErrors == validation.openFindings.filter { $0.severity == .error }.count)
        #expect(readiness.openErrors > 0 && readiness.openErrors <= readiness.openFindings)
        // In review, the same open gaps are warnings: none counts as an error.
        let inReview = try CleanReview.validate(text.swapping("status: approved", "status: in-review")).readiness
        #expect(inReview.openFindings == 5 && inReview.openErrors == 0)

        func counts(_ id: String) -> [Int] {
            guard let c = validation.category(id) else { return [] }
            return [c.met, c.required, c.accepted, c.unmet, c.notApplicable]
        }
        #expect(counts("security") == [2, 5, 1, 2, 1])
        #expect(counts("capacity") == [3, 4, 0, 1, 0])
        #expect(counts("logging") == [3, 4, 0, 1, 0])
        for id in ["monitoring", "failure-modes", "ownership", "documentation", "rollout"] {
            let category = try #require(validation.category(id))
            #expect(counts(id) == [category.items.count, category.items.count, 0, 0, 0], "\(id)")
        }
        let security = try #require(validation.category("security"))
        #expect(security.items.map(\.state) == [.accepted, .unmet, .met, .notApplicable, .unmet])
        #expect(security.items.last?.line == nil)
        #expect(security.items.first?.line == (try text.line(of: "- [ ] Threat model exists")))
        #expect(security.anchor != nil)
        // Each item is named by the policy, in the policy's order.
        let policy = try #require(Policy.default.category(id: "security"))
        #expect(security.title == policy.title)
        #expect(security.items.map(\.id) == policy.items.map { "security.\($0.id)" })
        #expect(security.items.map(\.title) == policy.items.map(\.title))
    }

    @Test func tier3SummaryCountsOnlyCoreItemsAsRequired() throws {
        let text = try CleanReview.text(tier: 3)
            .swapping(CleanReview.line("logging", "tracing", evidence: false), "- [ ] Distributed tracing instrumentation")
        let validation = try CleanReview.validate(text)
        #expect(validation.readiness.state == .ready)
        #expect(validation.readiness.categories.map(\.required).reduce(0, +) == 8)
        let tracing = validation.category("logging")?.items.first { $0.id == "logging.tracing" }
        #expect(tracing?.state == .optional && tracing?.required == false)
    }

    @Test func findingsAreSortedByLine() throws {
        let text = try CleanReview.text()
            .swapping(CleanReview.line("rollout", "communication"), "- [ ] Communication plan if user-visible")
            .swapping(CleanReview.line("monitoring", "slos"), "- [ ] SLOs defined for the service")
            .swapping("review_mode: hybrid", "review_mode: peer")
        let lines = try CleanReview.validate(text).findings.map(\.location.line)
        #expect(lines.count == 3 && lines == lines.sorted())
    }
}
