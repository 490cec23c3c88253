import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func exampleReportsItsHonestGapsAndFailsOnClaimsThatAreNotTrue() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = try site.prr(["check"])
        #expect(result.status == 1)
        // Approved and launched reviews whose facts contradict their claim are errors.
        #expect(result.stderr.contains("Content/reviews/search-api.md:58:5: error: the rollback procedure has never been tested [rollback-untested]"))
        #expect(result.stderr.contains("Content/reviews/image-resizer.md:8:1: error: the review names owner `group:listings` but the catalog says `group:discovery` [owner-mismatch]"))
        // Open gaps on reviews still in progress are warnings.
        #expect(result.stderr.contains("Content/reviews/shipping-rates.md:45:3: warning: a percentage rollout is planned but no traffic shaping is declared [canary-without-traffic-shaping]"))
        #expect(result.stderr.contains("  hint: "))
    }

    @Test func cleanApprovedReviewsPass() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        for clean in ["Content/reviews/payments-api.md", "Content/reviews/inventory-sync.md"] {
            let result = try site.prr(["check", clean])
            #expect(result.status == 0, "\(clean): \(result.stderr)")
            #expect(result.stderr.contains("no problems"))
        }
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let draft = "Content/reviews/returns-portal.md"
        #expect(try site.prr(["check", draft]).status == 0)
        let strict = try site.prr(["check", "--strict", draft])
        #expect(strict.status == 1)
        #expect(!strict.stderr.contains(": warning:"))
    }

    @Test func jsonOutputParsesAndMatchesTheTextReport() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = try site.prr(["check", "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["errors"] == diagnostics.filter { $0["severity"] as? String == "error" }.count)
        #expect(diagnostics.contains { $0["rule"] as? String == "headroom-low" && $0["severity"] as? String == "note" } == false)
        #expect(diagnostics.contains { $0["rule"] as? String == "owner-mismatch" && $0["line"] as? Int == 8 })
    }

    @Test func sarifOutputIsValidSARIF() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = try site.prr(["check", "--format", "sarif"])
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let ruleIDs = Set(((driver["rules"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
        #expect(results.allSatisfy { ruleIDs.contains($0["ruleId"] as? String ?? "") })
    }

    @Test func githubAnnotationsFollowTheWorkflowCommandGrammar() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = try site.prr(["check", "--format", "github"])
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        let grammar = try Regex(#"^::(error|warning|notice) file=[^,:]+(,line=\d+)?(,col=\d+)?,title=[a-z0-9-]+::[^\r\n]*$"#)
        for line in lines { #expect(line.wholeMatch(of: grammar) != nil, "\(line)") }
    }

    @Test func limitingToOneFileKeepsCrossReviewRules() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = try site.prr(["check", "--format", "json", "Content/reviews/checkout-api.md"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.allSatisfy { $0["file"] as? String == "Content/reviews/checkout-api.md" })
        #expect(diagnostics.contains { $0["rule"] as? String == "dependency-not-ready" })
    }

    @Test func badInvocationsExitWithTwoOrUsage() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(try site.prr(["check", "--format", "xml"]).status == 2)
        #expect(try site.prr(["check", "Content/reviews/none.md"]).status == 2)
        try site.write("Content/policy.yaml", "tiers: [broken\n")
        let policy = try site.prr(["policy"])
        #expect(policy.status == 2)
        #expect(policy.stderr.contains("Content/policy.yaml:2:1: error:"), "\(policy.stderr)")
        #expect(try site.prr(["check"]).status == 2)
    }

    @Test func policyCommandPrintsAPolicyThatLoadsBack() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let printed = try site.prr(["policy"])
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("Latency dashboards (p50, p99, p99.9)"))
        try site.write("Content/policy.yaml", printed.stdout)
        let again = try site.prr(["policy"])
        #expect(again.status == 0 && again.stdout == printed.stdout)
    }
}
