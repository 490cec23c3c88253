import CommonMark
import Foundation
import Testing
@testable import Readiness

/// The rule tests' starting point: a review that passes every rule, and the
/// catalog it agrees with. Each test changes one fact of it and checks that
/// exactly the rule about that fact fires, at the right line.
enum CleanReview {
    /// "Today" for every rule test; the clean review is 56 days old then.
    static let today = Day("2026-11-26")!

    /// The catalog of `Fixtures/validation/catalog`: payments (paula directly,
    /// lena through the child group payments-ledger), sre (sam), search (pete),
    /// leadership (vera); payments-api owned by payments and depending on
    /// ledger-db and auth-service; fx-cache, a resource nothing depends on.
    static let catalogLoad: CatalogLoadResult = {
        let root = fixturesFolder.appendingPathComponent("validation")
        return CatalogLoader(root: root).load(folder: root.appendingPathComponent("catalog"))
    }()
    static var catalog: Catalog { catalogLoad.catalog }

    /// The tier-1 review of auth-service, a component payments-api depends on.
    static func dependencyReview(status: String = "approved") throws -> ReviewDocument {
        try parsed("""
            ---
            service: auth-service
            tier: 2
            owner: group:sre
            status: \(status)
            ---
            """, path: "reviews/auth-service.md").document
    }

    /// A complete tier-1 review: every item of the default policy ticked with
    /// an evidence link, SLOs with alerts and runbooks, a 2.5x load test,
    /// bounded autoscaling, a shaped canary, a rollback tested after the last
    /// major change, an SRE and an independent peer, a VP sign-off.
    ///
    /// `tier: 3` gives the self-attestation form instead: paula (the owning
    /// team's manager) reviews and signs off, and items carry no links.
    static func text(tier: Int = 1, status: String = "approved") -> String {
        let people = tier == 3
            ? """
            review_mode: self-service
            reviewers:
              - {ref: user:paula, role: manager, verdict: approved, date: 2026-10-20}
            signoffs:
              - {ref: user:paula, role: manager, date: 2026-10-22}
            """
            : """
            review_mode: hybrid
            reviewers:
              - {ref: user:sam, role: sre, verdict: approved, date: 2026-10-20}
              - {ref: user:pete, role: peer, verdict: approved, date: 2026-10-21}
            signoffs:
              - {ref: user:vera, role: vp, date: 2026-10-22}
            """
        return """
            ---
            service: payments-api
            title: Payments API v2
            tier: \(tier)
            owner: group:payments
            status: \(status)
            review_date: 2026-10-01
            launch_date: 2026-11-02
            \(people)
            slos:
              - {name: availability, objective: "99.95%", window: 28d}
              - {name: latency, objective: "p99 < 300ms", window: 28d}
            alerts:
              - {name: AvailabilityBurn, slo: availability, pages: payments-oncall, runbook: "https://runbooks.example.com/p#availability"}
              - {name: LatencyBurn, slo: latency, pages: payments-oncall, runbook: "https://runbooks.example.com/p#latency"}
            capacity:
              expected_peak_rps: 1000
              load_tested_rps: 2500
              load_test: {date: 2026-09-20, report: "https://perf.example.com/r/1"}
              autoscaling: {min: 3, max: 30}
              monthly_cost_usd: 8400
            dependencies:
              - {ref: resource:ledger-db, on_failure: "Writes fail fast with 503", timeout_ms: 200, retries: 2, circuit_breaker: true}
              - {ref: component:auth-service, on_failure: "Cached tokens are honoured for 5 minutes", timeout_ms: 100, retries: 1}
            rollout:
              feature_flag: payments_v2
              strategy: canary
              stages: [1, 5, 25, 100]
              traffic_shaping: Envoy weighted clusters
              rollback: {procedure: "Flip the flag off", tested: 2026-09-25}
              communication: "Status page"
              last_major_change: 2026-09-01
            oncall: {rotation: payments-primary, escalation: [payments-oncall, user:paula]}
            ---
            # Payments API v2

            ## Overview

            Moves card capture to the new ledger. This section is prose only.

            \(checklist(evidence: tier != 3))
            """
    }

    /// One `## Category` section per default category, every item ticked.
    static func checklist(evidence: Bool) -> String {
        Policy.default.categories.map { category in
            let lines = category.items.map { item in
                "- [x] \(item.title)" + (evidence ? " — [evidence](https://evidence.example.com/\(category.id)/\(item.id))" : "")
            }
            return (["## \(category.title)", ""] + lines).joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// The checklist line of an item of the clean tier-1 review, as written.
    static func line(_ category: String, _ item: String, evidence: Bool = true) -> String {
        let title = Policy.default.item(fullID: "\(category).\(item)")?.title ?? "?"
        return "- [x] \(title)" + (evidence ? " — [evidence](https://evidence.example.com/\(category)/\(item))" : "")
    }

    /// Parses review text into a document, requiring that it parses cleanly:
    /// a typo in a test's mutation must fail the test, not hide in a diagnostic.
    static func parsed(
        _ text: String, path: String = "reviews/payments-api.md", policy: Policy = .default
    ) throws -> ParsedReview {
        let (review, diagnostics) = ReviewParser.parse(SourceText(path: path, text: text))
        #expect(diagnostics.isEmpty, "the test's review does not parse cleanly: \(diagnostics)")
        return ParsedReview(review: try #require(review), policy: policy, options: MarkdownRenderOptions())
    }

    /// Validates review text the way `prr build` does, against the fixture
    /// catalog and with the approved auth-service review on the site.
    static func validate(
        _ text: String, policy: Policy = .default, catalog: Catalog? = nil, today: Day = CleanReview.today,
        others: [ReviewDocument]? = nil, strict: Bool = false
    ) throws -> ReviewValidation {
        let parsed = try parsed(text, policy: policy)
        let others = try others ?? [dependencyReview()]
        return ReviewValidator(policy: policy, catalog: catalog ?? self.catalog, today: today,
                               reviews: [parsed.document] + others, strict: strict).validate(parsed)
    }
}

/// A test's change to the clean review that names text which is not there
/// exactly once: the fixture moved and the test would test nothing.
struct FixtureEditError: Error, CustomStringConvertible {
    let text: String
    let count: Int
    var description: String { "expected `\(text)` once in the review, found it \(count) times" }
}

extension String {
    /// The text with `old`, which must occur exactly once, replaced by `new`.
    func swapping(_ old: String, _ new: String) throws -> String {
        let count = components(separatedBy: old).count - 1
        guard count == 1 else { throw FixtureEditError(text: old, count: count) }
        return replacingOccurrences(of: old, with: new)
    }

    /// The text without the line containing `fragment` (which must occur once).
    func removingLine(_ fragment: String) throws -> String {
        let lines = components(separatedBy: "\n")
        let hits = lines.indices.filter { lines[$0].contains(fragment) }
        guard hits.count == 1 else { throw FixtureEditError(text: fragment, count: hits.count) }
        return lines.enumerated().filter { $0.offset != hits[0] }.map(\.element).joined(separator: "\n")
    }

    /// The 1-based line of the one line containing `fragment`.
    func line(of fragment: String) throws -> Int {
        let lines = components(separatedBy: "\n")
        let hits = lines.indices.filter { lines[$0].contains(fragment) }
        guard hits.count == 1 else { throw FixtureEditError(text: fragment, count: hits.count) }
        return hits[0] + 1
    }
}

extension ReviewValidation {
    /// `line rule severity` for every finding, sorted, for exact comparisons.
    var found: [String] {
        findings.map { "\($0.location.line) \($0.rule.id) \($0.severity)" }.sorted()
    }

    /// `line rule` for every diagnostic (checklist and risk writing problems), sorted.
    var diagnosed: [String] {
        diagnostics.map { "\($0.location.line) \($0.ruleID)" }.sorted()
    }

    /// The findings of one rule.
    func findings(_ rule: String) -> [Finding] { findings.filter { $0.rule.id == rule } }

    /// The readiness score of one category.
    func category(_ id: String) -> ReadinessSummary.CategoryScore? {
        readiness.categories.first { $0.id == id }
    }
}
