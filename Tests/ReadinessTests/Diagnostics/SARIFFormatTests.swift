import Foundation
import Testing
@testable import Readiness

@Suite struct SARIFFormatTests {
    private let metadata = [
        RuleDescription(
            id: "slo-missing", title: "Every SLO has an alert", help: "Name the alert that pages.",
            helpURI: "https://example.com/rules/slo-missing"),
        RuleDescription(id: "encoding", title: "Files are UTF-8", help: "Re-save the file as UTF-8."),
        RuleDescription(id: "unused", title: "Never reported", help: "Not in the log."),
    ]

    private func sarif(
        _ diagnostics: [Diagnostic], rules: [RuleDescription] = [], version: String = "0.1.0",
        informationURI: String? = nil
    ) throws -> (text: String, run: [String: Any], log: [String: Any]) {
        let options = DiagnosticPrinter.Options(toolVersion: version, rules: rules, informationURI: informationURI)
        let text = DiagnosticPrinter.render(diagnostics, format: .sarif, options: options)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        return (text, try #require(runs.first), log)
    }

    private func driver(_ run: [String: Any]) throws -> [String: Any] {
        try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    }

    private func results(_ run: [String: Any]) throws -> [[String: Any]] {
        try #require(run["results"] as? [[String: Any]])
    }

    private func text(_ object: Any?) -> String? { (object as? [String: Any])?["text"] as? String }

    private func physicalLocation(_ result: [String: Any]) -> [String: Any]? {
        ((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any]
    }

    @Test func logHeaderAndDriver() throws {
        let (output, run, log) = try sarif(
            [DiagnosticSamples.error], version: "9.9", informationURI: "https://example.com/prr")
        #expect(output.hasPrefix("{\n  \"version\": \"2.1.0\",\n  \"$schema\": "))
        #expect(output.hasSuffix("}\n"))
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let driver = try driver(run)
        #expect(driver["name"] as? String == "prr")
        #expect(driver["version"] as? String == "9.9")
        #expect(driver["informationUri"] as? String == "https://example.com/prr")
    }

    @Test func optionalDriverFieldsAreLeftOutWhenUnknown() throws {
        let (_, run, _) = try sarif([], version: "")
        let driver = try driver(run)
        #expect(driver["version"] == nil)
        #expect(driver["informationUri"] == nil)
        #expect((driver["rules"] as? [Any])?.isEmpty == true)
        #expect(try results(run).isEmpty)
    }

    @Test func rulesAreTheReportedOnesSortedWithMetadata() throws {
        let second = Diagnostic(.error, "slo-missing", "again", at: SourceLocation(file: "b.md", line: 1))
        let (_, run, _) = try sarif(DiagnosticSamples.all + [second], rules: metadata)
        let rules = try #require(try driver(run)["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String }
            == ["catalog-skipped", "encoding", "rule:with,odd%chars", "slo-missing"])

        let slo = try #require(rules.last)
        #expect(text(slo["shortDescription"]) == "Every SLO has an alert")
        #expect(text(slo["help"]) == "Name the alert that pages.")
        #expect(slo["helpUri"] as? String == "https://example.com/rules/slo-missing")

        let encoding = rules[1]
        #expect(text(encoding["shortDescription"]) == "Files are UTF-8")
        #expect(encoding["helpUri"] == nil)

        let undescribed = rules[0]
        #expect(text(undescribed["shortDescription"]) == "catalog-skipped")
        #expect(undescribed["help"] == nil)
    }

    @Test func resultsKeepOrderAndPointAtTheirRule() throws {
        let (_, run, _) = try sarif(DiagnosticSamples.all, rules: metadata)
        let rules = try #require(try driver(run)["rules"] as? [[String: Any]])
        let results = try results(run)
        #expect(results.count == DiagnosticSamples.all.count)
        for (result, diagnostic) in zip(results, DiagnosticSamples.all) {
            #expect(result["ruleId"] as? String == diagnostic.ruleID)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == diagnostic.ruleID)
            let level = ["error": "error", "warning": "warning", "note": "note"][diagnostic.severity.rawValue]
            #expect(result["level"] as? String == level)
            #expect(text(result["message"]) == diagnostic.message + (diagnostic.hint.map { "\n" + $0 } ?? ""))
        }
    }

    @Test func regionFollowsWhatIsKnown() throws {
        let (_, run, _) = try sarif([DiagnosticSamples.error, DiagnosticSamples.warning, DiagnosticSamples.note])
        let locations = try results(run).map(physicalLocation)

        let full = try #require(locations[0])
        let artifact = try #require(full["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "reviews/payments.md")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        let region = try #require(full["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 12)
        #expect(region["startColumn"] as? Int == 3)

        let wholeFile = try #require(locations[1])
        #expect(wholeFile["region"] == nil)
        #expect(wholeFile["artifactLocation"] != nil)

        let wholeLine = try #require(locations[2]?["region"] as? [String: Any])
        #expect(wholeLine["startLine"] as? Int == 4)
        #expect(wholeLine["startColumn"] == nil)
    }

    @Test func hostilePathsBecomeValidRelativeURIs() throws {
        let (_, run, _) = try sarif([DiagnosticSamples.hostileOne])
        let result = try #require(try results(run).first)
        let artifact = try #require(physicalLocation(result)?["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "reviews/team%20a%2Cb%3Ac/100%25%20ok.md")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        #expect(text(result["message"]) == DiagnosticSamples.hostile + "\nfix: " + DiagnosticSamples.hostile)
        #expect(URL(string: try #require(artifact["uri"] as? String))?.path == DiagnosticSamples.hostilePath)
    }

    @Test func artifactURIEncoding() {
        #expect(ArtifactURI(path: "./reviews/a.md")?.reference == "reviews/a.md")
        #expect(ArtifactURI(path: "./reviews/a.md")?.isAbsolute == false)
        #expect(ArtifactURI(path: "c:/x.md")?.reference == "c%3A/x.md")
        #expect(ArtifactURI(path: "a\\b #?.md")?.reference == "a%5Cb%20%23%3F.md")
        #expect(ArtifactURI(path: "räksmörgås/é.md")?.reference == "r%C3%A4ksm%C3%B6rg%C3%A5s/%C3%A9.md")
        #expect(ArtifactURI(path: "A-Z_a.z~0/9")?.reference == "A-Z_a.z~0/9")
        #expect(ArtifactURI(path: "") == nil)
        #expect(ArtifactURI(path: "./") == nil)
    }

    @Test func absolutePathsAreFileURIsWithoutBase() throws {
        let diagnostic = Diagnostic(.error, "x", "m", at: SourceLocation(file: "/srv/my site/a.md", line: 2))
        let (_, run, _) = try sarif([diagnostic])
        let result = try #require(try results(run).first)
        let artifact = try #require(physicalLocation(result)?["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "file:///srv/my%20site/a.md")
        #expect(artifact["uriBaseId"] == nil)
    }

    @Test func aDiagnosticWithoutAPathHasNoLocation() throws {
        let diagnostic = Diagnostic(.error, "config", "no content folder", at: SourceLocation(file: ""))
        let (_, run, _) = try sarif([diagnostic])
        let result = try #require(try results(run).first)
        #expect(result["locations"] == nil)
        #expect(result["ruleId"] as? String == "config")
    }

    @Test func outputIsHTMLSafe() throws {
        let (output, _, _) = try sarif([DiagnosticSamples.hostileOne])
        #expect(!output.contains("</script>"))
        #expect(!output.unicodeScalars.contains("\u{2028}"))
    }
}
