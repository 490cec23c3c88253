import Foundation
import Testing
@testable import Readiness

@Suite struct ReviewParserTests {
    func complete() throws -> (Review, [Diagnostic]) {
        let source = try SourceText.read(fixturesFolder.appendingPathComponent("reviews/complete.md"), path: "complete.md").get()
        let (review, diagnostics) = ReviewParser.parse(source)
        return (try #require(review), diagnostics)
    }

    @Test func readsEveryFieldOfTheSchema() throws {
        let (r, diagnostics) = try complete()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(r.service == "payments-api" && r.title == "Payments API v2 launch")
        #expect(r.tier == .one && r.owner == "group:payments" && r.reviewMode == .hybrid && r.status == .approved)
        #expect(r.reviewDate == Day("2026-10-01") && r.launchDate == Day("2026-11-01"))
        #expect(r.reviewers.map(\.ref) == ["user:alice", "user:bob"])
        #expect(r.reviewers[1].verdict == .changesRequested && r.reviewers[0].role == "sre")
        #expect(r.reviewers[0].date == Day("2026-10-20"))
        #expect(r.reviewers[1].location.line == 12)
        #expect(r.signoffs.first?.role == "vp")
        #expect(r.slos == [ServiceLevelObjective(name: "availability", objective: "99.95%", window: "28d",
                                                 location: SourceLocation(file: "complete.md", line: 14, column: 8))])
        #expect(r.alerts.first?.runbook == "https://runbooks.example.com/payments#high-error-rate")
        #expect(r.alerts.first?.slo == "availability" && r.alerts.first?.pages == "payments-oncall")
        let capacity = try #require(r.capacity)
        #expect(capacity.expectedPeakRPS == 1200 && capacity.loadTestedRPS == 3000 && capacity.headroom == 2.5)
        #expect(capacity.loadTest?.date == Day("2026-10-10") && capacity.loadTest?.report == "https://perf.example.com/r/1")
        #expect(capacity.autoscaling?.min == 3 && capacity.autoscaling?.max == 30 && capacity.monthlyCostUSD == 8400)
        let dependency = try #require(r.dependencies.first)
        #expect(dependency.ref == "resource:ledger-db" && dependency.timeoutMS == 200 && dependency.retries == 2)
        #expect(dependency.circuitBreaker == true && dependency.onFailure == "Writes fail fast with 503")
        let rollout = try #require(r.rollout)
        #expect(rollout.strategy == .canary && rollout.stages == [1, 5, 25, 100] && rollout.featureFlag == "payments_v2")
        #expect(rollout.trafficShaping == "Envoy weighted clusters" && rollout.rollback?.tested == Day("2026-10-12"))
        #expect(rollout.rollback?.procedure == "Flip the flag off" && rollout.lastMajorChange == Day("2026-09-30"))
        #expect(rollout.communication == "Status page and #payments")
        #expect(r.oncall?.rotation == "payments-primary" && r.oncall?.escalation == ["payments-oncall", "user:em-payments"])
        #expect(r.risks.first?.item == "capacity.autoscaling" && r.risks.first?.expires == Day("2027-01-31"))
        #expect(r.risks.first?.acceptedBy == "user:vp-eng" && r.risks.first?.reason == "Fixed pool until Q1")
        #expect(r.bodyLineOffset == 39)
        #expect(r.body.hasPrefix("# Payments API\n"))
        #expect(r.location(of: "capacity").line == 20)
    }

    @Test func reportsBrokenYAMLAtItsLine() {
        let (review, diagnostics) = parseReview("---\nservice: a\ntier: [1\nstatus: draft\n---\n")
        #expect(review == nil)
        #expect(diagnostics.map(\.ruleID) == ["yaml-syntax"])
        // libyaml notices the unclosed `[` where the next key starts.
        #expect(diagnostics.first?.location.description == "reviews/x.md:4:7")
    }

    @Test func reportsEveryWrongTypeAtOnce() {
        let text = """
            ---
            service: a
            tier: 1
            owner: group:x
            status: draft
            review_date: 2026-13-01
            reviewers: user:alice
            capacity: {expected_peak_rps: lots, autoscaling: {min: 1, max: many}}
            rollout: {strategy: yolo}
            ---
            """
        let (review, diagnostics) = parseReview(text)
        #expect(review != nil)
        let found = diagnostics.sorted().map { "\($0.location.line):\($0.location.column) \($0.ruleID)" }
        #expect(found == ["6:14 bad-date", "7:12 yaml-type", "8:31 yaml-type", "8:64 yaml-type", "9:21 bad-value"])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.hint != nil })
    }

    @Test func unknownTierIsAnErrorAndUnknownKeyAWarningWithSuggestion() {
        let (review, diagnostics) = parseReview("---\nservice: a\ntier: 4\nowner: g\nstatus: draft\nreviwers: []\n---\n")
        #expect(review == nil)
        let tier = diagnostics.first { $0.ruleID == "bad-value" }
        #expect(tier?.location.line == 3 && tier?.severity == .error)
        let unknown = diagnostics.first { $0.ruleID == "unknown-key" }
        #expect(unknown?.severity == .warning && unknown?.location.line == 6)
        #expect(unknown?.hint == "Did you mean `reviewers`?")
    }

    @Test func missingRequiredFieldsAreReported() {
        let (review, diagnostics) = parseReview("---\ntitle: x\n---\n")
        #expect(review == nil)
        #expect(diagnostics.filter { $0.ruleID == "missing-field" }.count == 4)
    }

    @Test func duplicateKeysAreErrors() {
        let (_, diagnostics) = parseReview("---\nservice: a\nservice: b\ntier: 1\nowner: g\nstatus: draft\n---\n")
        #expect(diagnostics.map(\.ruleID) == ["duplicate-key"])
        #expect(diagnostics.first?.location.line == 3)
    }

    @Test func fileWithoutFrontMatterOrUnclosed() {
        #expect(parseReview("# Hello\n").diagnostics.map(\.ruleID) == ["front-matter-missing"])
        #expect(parseReview("---\nservice: a\n").diagnostics.map(\.ruleID) == ["front-matter-unclosed"])
        #expect(parseReview("---\n---\n").diagnostics.map(\.ruleID) == ["front-matter-empty"])
        #expect(parseReview("").diagnostics.map(\.ruleID) == ["front-matter-missing"])
    }

    @Test func crlfFileParsesWithTheSameLines() throws {
        let bytes = Array("---\r\nservice: a\r\ntier: 9\r\nowner: g\r\nstatus: draft\r\n---\r\nbody\r\n".utf8)
        let source = try SourceText.decode(bytes, path: "c.md").get()
        let (_, diagnostics) = ReviewParser.parse(source)
        #expect(diagnostics.first?.location.line == 3)
    }

    @Test func aliasBombIsBoundedAndReported() {
        var yaml = "---\nservice: a\ntier: 1\nowner: g\nstatus: draft\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<9 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        yaml += "---\n"
        let (review, diagnostics) = parseReview(yaml)
        #expect(review == nil)
        #expect(diagnostics.map(\.ruleID) == ["yaml-too-large"])
    }
}
