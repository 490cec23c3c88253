import Testing

@Suite struct LayoutErrorTests {
    @Test func missingPartialIsReportedAtTheTemplateLine() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        var index = try site.read("Layouts/index.mustache")
        index = index.replacingOccurrences(of: "<h1>{{site.title}}</h1>", with: "<h1>{{site.title}}</h1>\n{{>partials/nowhere}}")
        try site.write("Layouts/index.mustache", index)
        let result = try site.prr(["build"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Layouts/index.mustache:5:1: error: the layout uses `partials/nowhere`"), "\(result.stderr)")
        #expect(result.stderr.contains("[layout-missing-partial]"))
    }

    @Test func syntaxErrorIsReportedWithLineAndColumn() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("Layouts/partials/footer.mustache", "<footer>\n  {{#site}}\n  {{/page}}\n</footer>\n")
        let result = try site.prr(["build"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Layouts/partials/footer.mustache:3:"), "\(result.stderr)")
        #expect(result.stderr.contains("[layout-syntax]"))
    }

    @Test func missingLayoutFallsBackToTheDefaultTheme() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.url("Layouts/review.mustache"))
        let result = try site.prr(["build"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try site.read("Output/reviews/payments-api.html").contains("type=\"checkbox\""))
    }
}

import Foundation
