import Testing
@testable import Readiness

@Suite struct PolicyPrinterTests {
    @Test func theDefaultRoundTrips() {
        let yaml = PolicyPrinter.yaml(.default)
        let (loaded, diagnostics) = loadPolicy(yaml)
        #expect(diagnostics.isEmpty)
        #expect(loaded == .default)
        #expect(!yaml.contains("remove_items") && !yaml.contains("remove_categories"))
    }

    @Test func aCustomisedPolicyRoundTrips() {
        let (custom, problems) = loadPolicy(#"""
            thresholds: {headroom_factor: 2.75, retrospective_due_days: 45, staleness_days: {2: 200}}
            tiers:
              1: {min_reviewers: 3, required_reviewer_roles: [sre, "security: appsec"], review_modes: [hybrid]}
              3: {self_attestation: false, description: "Say \"yes\" # and mean it"}
            categories:
              - id: capacity
                aliases: []
                items:
                  - {id: cost-projection, required: [], evidence: [3, 1]}
                  - id: chaos-testing
                    title: "Chaos: kill a dependency (p99, #1) \\ \"hard\""
                    aliases: ["Chaos, testing", "[chaos]"]
                    required: [2, 1]
                    help: "Line one\twith a tab; ünïcödé — fine: really."
              - id: data
                title: "Data: backups & restores"
                items: [{id: backups, title: Backups restored, required: [1, 2, 3]}]
            remove_items: [documentation.customer-docs, monitoring.slo-alerts]
            remove_categories: [rollout]
            """#)
        #expect(problems.isEmpty)
        #expect(custom != .default)
        let yaml = PolicyPrinter.yaml(custom)
        let (loaded, diagnostics) = loadPolicy(yaml)
        #expect(diagnostics.isEmpty)
        #expect(loaded == custom)
        #expect(loaded.item(fullID: "capacity.chaos-testing")?.title == #"Chaos: kill a dependency (p99, #1) \ "hard""#)
        #expect(yaml.contains("remove_items: [monitoring.slo-alerts, documentation.customer-docs]"), "checklist order")
        #expect(yaml.contains("remove_categories: [rollout]"))
    }

    @Test func printsEveryPartInADeterministicOrder() {
        let yaml = PolicyPrinter.yaml(.default)
        #expect(yaml.hasPrefix("# The effective prr policy"))
        #expect(yaml.hasSuffix("\n"))
        #expect(yaml == PolicyPrinter.yaml(Policy.default))
        let lines = yaml.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("      - id: ") }.count == 34)
        #expect(lines.filter { $0.hasPrefix("        help: ") }.count == 34)
        #expect(lines.filter { $0.hasPrefix("  - id: ") }.count == 8)
        let topLevel = lines.filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") }
        #expect(topLevel == ["thresholds:", "tiers:", "categories:"])
        #expect(lines.contains("  staleness_days: {1: 180, 2: 270, 3: 365}"))
        #expect(lines.contains(#"        title: "Latency dashboards (p50, p99, p99.9)""#))
        #expect(lines.contains("        required: [1, 2, 3]"))
        #expect(lines.contains("    review_modes: [self-service, peer, sre-led, hybrid]"))
    }

    /// The printed text must be YAML whose scalars read back as the exact strings.
    @Test func quotesTextSoTheRealParserReadsItBack() throws {
        let awkward = [
            #"plain"#, #"a: b # c"#, #"back\slash"#, #"say "hi""#, "tab\tand\nnewline", "bell\u{07}",
            "line\u{2028}sep", "", "  padded  ", "- dash", "null", "@at", "{x}", "ü — 😀",
        ]
        for text in awkward {
            let yaml = "value: \(YAMLText.quoted(text))\n"
            let node = try YAMLDocuments.compose(yaml, file: "q.yaml").get()
            let reader = YAMLReader(file: "q.yaml")
            let value = try #require(node.flatMap { reader.mapping($0, "q", keys: nil)?["value"] })
            #expect(reader.string(value, "value") == text, "\(yaml)")
        }
    }

    @Test func oddIdsAreQuoted() {
        #expect(PolicyPrinter.identifier("load-testing") == "load-testing")
        #expect(PolicyPrinter.identifier("null") == #""null""#)
        #expect(PolicyPrinter.identifier("1st") == #""1st""#)
    }
}
