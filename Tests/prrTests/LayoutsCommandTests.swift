import Foundation
import Testing

@Suite struct LayoutsCommandTests {
    /// Fails while Sources/SiteBuilder/Theme/DefaultTheme.swift differs from Layouts/: run `make theme`.
    @Test func exportWritesExactlyTheRepositoryLayouts() throws {
        let site = try SiteFixture(copyExample: false)
        defer { site.remove() }
        let result = try site.prr(["layouts", "export", "Exported"])
        #expect(result.status == 0, "\(result.stderr)")
        let exported = try site.snapshot("Exported")
        let source = try SiteFixture.snapshot(of: PRRProcess.packageRoot.appendingPathComponent("Layouts"))
        #expect(Set(exported.keys) == Set(source.keys), "run `make theme`")
        for (path, data) in source { #expect(exported[path] == data, "\(path) differs from the embedded default: run `make theme`") }
    }

    @Test func exportNeverOverwrites() throws {
        let site = try SiteFixture(copyExample: false)
        defer { site.remove() }
        try site.write("Layouts/style.css", "/* mine */\n")
        let result = try site.prr(["layouts", "export"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("skipped Layouts/style.css"))
        #expect(try site.read("Layouts/style.css") == "/* mine */\n")
        #expect(site.exists("Layouts/index.mustache"))
    }

    @Test func aSiteFileOverridesOnlyItsDefault() throws {
        let site = try SiteFixture(copyExample: false)
        defer { site.remove() }
        try site.prr(["init", "-q"])
        try site.write("Layouts/partials/footer.mustache", "<footer>OUR-OWN-FOOTER</footer>\n")
        let result = try site.prr(["build"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try site.read("Output/index.html")
        #expect(page.contains("OUR-OWN-FOOTER"))
        #expect(page.contains("<h1>"), "the default index layout is still used")
        #expect(site.exists("Output/assets/style.css"))
    }
}
