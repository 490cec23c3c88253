import Foundation
import Testing

@Suite struct BuildCommandTests {
    @Test func buildsTheExampleSiteWithAPagePerReview() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = try site.prr(["build"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Built "))
        let reviews = try FileManager.default.contentsOfDirectory(atPath: site.url("Content/reviews").path)
            .filter { $0.hasSuffix(".md") }
        #expect(reviews.count >= 10)
        let home = try site.read("Output/index.html")
        for file in reviews {
            let name = String(file.dropLast(3))
            #expect(home.contains("href=\"reviews/\(name).html\""), "home does not link \(name)")
            let page = try site.read("Output/reviews/\(name).html")
            #expect(page.contains("type=\"checkbox\""), "\(name) has no checkboxes")
            #expect(page.contains("<h2 id=\"monitoring-and-alerting\">"))
        }
        #expect(site.exists("Output/assets/style.css"))
        #expect(site.exists("Output/.prr-output"))
    }

    @Test func reviewPageShowsFactsAndBody() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.prr(["build"])
        let page = try site.read("Output/reviews/payments-api.html")
        #expect(page.contains("<h1>Payments API"))
        #expect(page.contains("1,200 rps"))
        #expect(page.contains("2.5×"))
        #expect(page.contains("resource:ledger-db"))
        #expect(page.contains("href=\"../assets/style.css\""))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://prr.northwind.example/reviews/payments-api.html\">"))
    }

    @Test func brokenYAMLFailsTheBuildAtItsLineAndKeepsTheOldOutput() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(try site.prr(["build"]).status == 0)
        let before = try site.snapshot("Output")
        try site.write("Content/reviews/broken.md", "---\nservice: broken\ntier: 1\nowner: [group:x\nstatus: draft\n---\n# Broken\n")
        let result = try site.prr(["build"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Content/reviews/broken.md:5:"), "\(result.stderr)")
        #expect(result.stderr.contains("error:"))
        #expect(result.stderr.contains("[yaml-syntax]"))
        #expect(try site.snapshot("Output") == before)
    }

    @Test func reportsEveryProblemAtOnce() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("Content/reviews/a-bad.md", "---\nservice: a-bad\ntier: 7\nowner: g\nstatus: draft\n---\n")
        try site.write("Content/reviews/b-bad.md", "no front matter here\n")
        try site.write("Content/reviews/c-bad.md", "---\nservice: c-bad\ntier: 1\nowner: g\nstatus: shipped\n---\n")
        let result = try site.prr(["build"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content/reviews/a-bad.md:3:7: error:"))
        #expect(result.stderr.contains("Content/reviews/b-bad.md:1:1: error:"))
        #expect(result.stderr.contains("Content/reviews/c-bad.md:5:9: error:"))
        #expect(!site.exists("Output"))
    }

    @Test func buildingTwiceGivesIdenticalBytes() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.prr(["build"])
        let first = try site.snapshot("Output")
        try site.prr(["build"])
        #expect(try site.snapshot("Output") == first)
    }

    @Test func flagsChooseFoldersAndToday() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = try site.prr(["build", "--content", "Content", "--layouts", "Layouts", "--output", "Public",
                                   "--today", "2027-01-01", "--base-url", "https://example.org/prr"])
        #expect(result.status == 0, "\(result.stderr)")
        let home = try site.read("Public/index.html")
        #expect(home.contains("as of 2027-01-01"))
        #expect(home.contains("href=\"https://example.org/prr/index.html\""))
    }

    @Test func badFlagsAreUsageErrors() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let badDate = try site.prr(["build", "--today", "tomorrow"])
        #expect(badDate.status == 2)
        #expect(badDate.stderr.contains("--today"))
        let noContent = try site.prr(["build", "--content", "Nope"])
        #expect(noContent.status == 2)
    }

    @Test func refusesToReplaceAFolderPrrDidNotMake() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("Output/precious.txt", "keep me")
        let result = try site.prr(["build"])
        #expect(result.status != 0)
        #expect(try site.read("Output/precious.txt") == "keep me")
        #expect(try site.prr(["build", "--force"]).status == 0)
    }
}
