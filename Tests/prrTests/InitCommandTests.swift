import Foundation
import Testing

@Suite struct InitCommandTests {
    @Test func initThenBuildAndCheckSucceedWithTheDefaultTheme() throws {
        let site = try SiteFixture(copyExample: false)
        defer { site.remove() }
        let created = try site.prr(["init", "--today", "2026-11-26"])
        #expect(created.status == 0, "\(created.stderr)")
        for file in ["Content/site.yaml", "Content/catalog/catalog-info.yaml", "Content/reviews/example-service.md",
                     ".github/workflows/prr.yml", ".gitignore"] {
            #expect(site.exists(file), "init did not write \(file)")
        }
        #expect(!site.exists("Layouts"), "init must leave layouts to the default theme")
        let check = try site.prr(["check", "--today", "2026-11-26"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stderr.contains(": error:"), "\(check.stderr)")
        let build = try site.prr(["build", "--today", "2026-11-26"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(try site.read("Output/reviews/example-service.html").contains("Example service launch"))
        #expect(site.exists("Output/assets/style.css"))
        let workflow = try site.read(".github/workflows/prr.yml")
        #expect(workflow.contains("check --format github"))
        #expect(workflow.contains("actions/upload-pages-artifact") && workflow.contains("actions/deploy-pages"))
        #expect(try site.read(".gitignore").contains("/Output/"))
    }

    @Test func initNeverOverwritesAndReportsWhatItSkipped() throws {
        let site = try SiteFixture(copyExample: false)
        defer { site.remove() }
        try site.write("Content/site.yaml", "title: Ours\n")
        try site.write(".gitignore", "node_modules/")
        let result = try site.prr(["init"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try site.read("Content/site.yaml") == "title: Ours\n")
        #expect(result.stderr.contains("skipped Content/site.yaml"), "\(result.stderr)")
        #expect(try site.read(".gitignore") == "node_modules/\n/Output/\n")
        let again = try site.prr(["init"])
        #expect(again.stderr.contains("skipped Content/reviews/example-service.md"))
        #expect(try site.read(".gitignore") == "node_modules/\n/Output/\n")
    }

    @Test func explicitLayoutsFolderMustExist() throws {
        let site = try SiteFixture(copyExample: false)
        defer { site.remove() }
        try site.prr(["init", "-q"])
        let result = try site.prr(["build", "--layouts", "Missing"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Missing: error: the layouts folder does not exist"), "\(result.stderr)")
    }
}
