import Foundation
import Testing
@testable import Readiness

@Suite struct PolicyMatchingTests {
    let policy = Policy.default

    func item(_ heading: String, _ text: String) -> String? {
        policy.category(matchingHeading: heading)?.item(matching: text).map { "\(policy.category(matchingHeading: heading)?.id ?? "?").\($0.id)" }
    }

    @Test(arguments: [
        ("Monitoring and alerting", "Latency dashboards (p50, p99, p99.9) — Grafana", "monitoring.latency-dashboards"),
        ("Monitoring and alerting", "Latency dashboards (p50, p99, p99.9) — [Grafana](https://grafana/d/1)", "monitoring.latency-dashboards"),
        ("Monitoring and alerting", "error rate dashboards", "monitoring.error-dashboards"),
        ("Monitoring and alerting", "  ERROR   RATE  DASHBOARDS  ", "monitoring.error-dashboards"),
        ("Monitoring and alerting", "SLOs defined for the service.", "monitoring.slos"),
        ("Monitoring and alerting", "SLOs defined: availability 99.95%", "monitoring.slos"),
        ("Monitoring and alerting", "slo-alerts", "monitoring.slo-alerts"),
        ("monitoring", "Latency-Dashboards", "monitoring.latency-dashboards"),
        ("Documentation and runbooks", "Runbook", "documentation.runbook"),
        ("Documentation and runbooks", "Runbook: https://wiki/runbook", "documentation.runbook"),
        ("Documentation and runbooks", "Operational runbook (common alerts and what to do) — wiki", "documentation.runbook"),
        ("Failure modes and recovery", "Documented for each dependency: what happens when it fails? See table", "failure-modes.dependency-failures"),
        ("Failure modes & recovery", "Circuit breakers, timeouts, retries set sensibly", "failure-modes.timeouts-retries"),
        ("Capacity and scaling", "Headroom over expected peak (typically 2x) — 3.1x measured", "capacity.headroom"),
        ("Capacity and scaling", "Auto-scaling configured — batch job on a fixed pool", "capacity.autoscaling"),
        ("Security and compliance", "Compliance requirements (SOC2, HIPAA, etc.) addressed", "security.compliance"),
        ("Security & Compliance", "secrets managed properly", "security.secrets"),
        ("## Rollout strategy", "Rollback plan", "rollout.rollback-plan"),
        ("Operational Ownership", "On-call rotation defined: payments-primary", "ownership.oncall-rotation"),
    ])
    func findsTolerantly(heading: String, text: String, expected: String) {
        #expect(item(heading, text) == expected)
    }

    @Test(arguments: [
        ("Monitoring and alerting", "Latency"),
        ("Monitoring and alerting", "Latency dashboardsX"),
        ("Monitoring and alerting", "Error rate"),
        ("Monitoring and alerting", "Something else entirely"),
        ("Monitoring and alerting", ""),
        ("Monitoring and alerting", "— Grafana"),
        ("Monitoring and alerting", "Runbook"),
        ("Documentation and runbooks", "Latency dashboards (p50, p99, p99.9)"),
        ("Capacity and scaling", "Load"),
    ])
    func doesNotGuess(heading: String, text: String) {
        #expect(item(heading, text) == nil)
    }

    @Test func headingsMatchByIdTitleOrAliasButNotPrefixesOfWords() {
        #expect(policy.category(matchingHeading: "Monitoring and Alerting")?.id == "monitoring")
        #expect(policy.category(matchingHeading: "failure-modes")?.id == "failure-modes")
        #expect(policy.category(matchingHeading: "Rollout strategy (phased)")?.id == "rollout")
        #expect(policy.category(matchingHeading: "Monitor") == nil)
        #expect(policy.category(matchingHeading: "Data management") == nil)
        #expect(policy.category(matchingHeading: "") == nil)
    }

    @Test func findsItemsByFullID() {
        #expect(policy.item(fullID: "capacity.load-testing")?.title == "Load testing performed")
        #expect(policy.entry(fullID: "rollout.canary")?.category.id == "rollout")
        #expect(policy.item(fullID: "capacity") == nil)
        #expect(policy.item(fullID: "capacity.") == nil)
        #expect(policy.item(fullID: "rollout.load-testing") == nil)
        #expect(policy.item(fullID: ".load-testing") == nil)
    }

    @Test func theLongestNameWins() {
        let category = PolicyCategory(id: "c", title: "C", items: [
            PolicyItem(id: "short", title: "Rollback"),
            PolicyItem(id: "long", title: "Rollback procedure tested"),
        ])
        #expect(category.item(matching: "Rollback procedure tested — yesterday")?.id == "long")
        #expect(category.item(matching: "Rollback — see wiki")?.id == "short")
    }

    @Test func indexesFollowChanges() {
        var policy = Policy.default
        policy.categories[0].items[0].aliases.append("p99 board")
        #expect(policy.category(id: "monitoring")?.item(matching: "P99 board: link")?.id == "latency-dashboards")
        policy.categories.removeFirst()
        #expect(policy.category(matchingHeading: "Monitoring and alerting") == nil)
        #expect(policy.category(matchingHeading: "Logging and tracing")?.id == "logging")
    }

    /// A name answered from the registered spellings gets the answer the
    /// normalised lookup gives, for every name of the default policy and
    /// for spellings that are equal as Swift strings but not as bytes.
    @Test func registeredNamesAnswerAsTheNormalisedLookupDoes() {
        var names: [(name: String, position: Int)] = []
        for category in policy.categories {
            for (position, item) in category.items.enumerated() {
                names += [(item.id, position), (item.title, position)] + item.aliases.map { ($0, position) }
            }
        }
        // A later name that another's key already claimed, one with an empty
        // key, and one that is a prefix of another.
        names += [("LATENCY-dashboards", 99), ("!!!", 98), ("Café", 97), ("Café au lait", 96), ("K", 95), ("A\u{30A}ngstr\u{F6}m", 94)]
        let matcher = NameMatcher(names)
        var texts = names.map(\.name)
        texts += names.map { $0.name.decomposedStringWithCanonicalMapping } + names.map { $0.name.uppercased() }
        texts += ["Cafe\u{301}", "Cafe\u{301} au lait", "\u{212A}", "\u{212B}ngstr\u{F6}m", "\u{C5}ngstro\u{308}m", "Café au lait — evidence", "Latency dashboards (p50, p99, p99.9) — x"]
        for text in texts {
            #expect(matcher.match(text) == matcher.normalisedMatch(text), "\(text.debugDescription)")
        }
        #expect(matcher.match("Café") == 97)
        #expect(matcher.match("Café au lait") == 96)
        #expect(matcher.match("LATENCY-dashboards") == matcher.match("latency-dashboards"))
        #expect(matcher.match("!!!") == nil)
    }

    @Test func normalisesCasePunctuationAndSpacing() {
        #expect(NameMatcher.normalise("  Latency dashboards (p50, p99, p99.9)  ") == "latency dashboards p50 p99 p99 9")
        #expect(NameMatcher.normalise("Monitoring & Alerting") == "monitoring and alerting")
        #expect(NameMatcher.normalise("On-call—rotation") == "on call rotation")
        #expect(NameMatcher.normalise("!!!") == "")
        #expect(NameMatcher.normalise("ÜBERWACHUNG: Café") == "überwachung café")
        #expect(NameMatcher.normalise("Cafe\u{301} au lait") == "cafe\u{301} au lait")
    }

    /// Matching stops reading a line after as many words as the longest name has.
    @Test func stopsNormalisingAfterTheLongestName() {
        #expect(NameMatcher.normalise("A b, c d", wordLimit: 2) == ("a b", true))
        #expect(NameMatcher.normalise("A b!!", wordLimit: 2) == ("a b", false))
        #expect(NameMatcher.normalise("x & y", wordLimit: 2) == ("x and", true))
        let evidence = Array(repeating: "word", count: 40).joined(separator: " ")
        #expect(item("Monitoring and alerting", "Error rate dashboards — \(evidence)") == "monitoring.error-dashboards")
        #expect(item("Failure modes and recovery", "Documented for each dependency: what happens when it fails? \(evidence)")
            == "failure-modes.dependency-failures")
    }
}
