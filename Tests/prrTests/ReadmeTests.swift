import Foundation
import Testing

/// The README is the reference users read; these keep it true.
@Suite struct ReadmeTests {
    let readme: String

    init() throws {
        readme = try String(contentsOf: PRRProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    }

    @Test func ruleTableMatchesTheRegistry() throws {
        let generated = try PRRProcess.run(["rules", "--markdown"]).stdout
        let begin = try #require(readme.range(of: "<!-- rules:begin"))
        let afterMarker = try #require(readme[begin.upperBound...].range(of: "-->\n\n"))
        let end = try #require(readme.range(of: "<!-- rules:end -->"))
        #expect(String(readme[afterMarker.upperBound..<end.lowerBound]) == generated,
                "README's rule table is stale: paste `prr rules --markdown` between the markers")
    }

    @Test func quickStartIsTheTwoMakeTargets() throws {
        #expect(readme.contains("make site"))
        #expect(readme.contains("make test"))
        let makefile = try String(contentsOf: PRRProcess.packageRoot.appendingPathComponent("Makefile"), encoding: .utf8)
        #expect(makefile.contains("\nsite:") && makefile.contains("\ntest:"))
        let ci = try String(contentsOf: PRRProcess.packageRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(ci.contains("make test"))
    }

    @Test func everyCommandIsDocumented() throws {
        let help = try PRRProcess.run(["--help"]).stdout
        let subcommands = try #require(help.range(of: "SUBCOMMANDS:"))
        let entry = try Regex(#"^  ([a-z][a-z-]*)\s"#)
        var found = 0
        for line in help[subcommands.upperBound...].split(separator: "\n") {
            guard let match = line.firstMatch(of: entry), let name = match.output[1].substring else { continue }
            found += 1
            #expect(readme.contains("`prr \(name)"), "README does not document prr \(name)")
        }
        #expect(found >= 4)
    }
}
