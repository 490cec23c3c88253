import Foundation
import Testing

/// End to end through the `prr` binary on the example content: the dashboard
/// pages and machine-readable files are written, and `gaps.json` reports the
/// same findings as `prr check`.
@Suite struct DashboardPagesTests {
    @Test func buildWritesTheGapTierAndJSONFiles() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = try site.prr(["build"])
        #expect(result.status == 0, "\(result.stderr)")
        for file in ["Output/gaps.html", "Output/tiers/tier-1.html", "Output/tiers/tier-2.html", "Output/tiers/tier-3.html",
                     "Output/reviews.json", "Output/gaps.json"] {
            #expect(site.exists(file), "\(file)")
        }
        let home = try site.read("Output/index.html")
        #expect(home.contains("href=\"gaps.html\""))
        #expect(home.contains("role=\"img\""))
        let reviews = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: site.url("Output/reviews.json"))) as? [String: Any])
        #expect(reviews["schema"] as? String == "prr.reviews/1")
        let reviewFiles = try FileManager.default.contentsOfDirectory(atPath: site.url("Content/reviews").path)
            .filter { $0.hasSuffix(".md") }
        #expect((reviews["reviews"] as? [Any])?.count == reviewFiles.count)
    }

    @Test func gapsJSONHasTheFindingsPrrCheckReports() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.prr(["build"])
        let gaps = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: site.url("Output/gaps.json"))) as? [String: Any])
        #expect(gaps["schema"] as? String == "prr.gaps/1")
        let findings = try #require(gaps["findings"] as? [[String: Any]])

        let check = try site.prr(["check", "--format", "json", "--verbose"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]]).filter { $0["kind"] as? String == "finding" }
        #expect(!diagnostics.isEmpty)
        #expect(findings.count == diagnostics.count)
        // The same findings: rule, file, line and severity, compared as sorted lists.
        func key(_ entry: [String: Any]) -> String {
            "\(entry["file"] as? String ?? "")|\(entry["line"] as? Int ?? -1)|\(entry["column"] as? Int ?? -1)|\(entry["rule"] as? String ?? "")|\(entry["severity"] as? String ?? "")"
        }
        #expect(findings.map(key).sorted() == diagnostics.map(key).sorted())
        let open = findings.filter { $0["accepted"] as? Bool == false }.count
        #expect(gaps["open_count"] as? Int == open)
        #expect(gaps["accepted_count"] as? Int == findings.count - open)
        #expect(findings.count - open > 0, "the example has accepted risks")
    }
}
