import Foundation
import Testing

/// End to end through `prr build` with a tiny `page_size`: the long lists of
/// the home, gap summary and tier pages go on numbered pages that together
/// hold every row once, in order, and every pager link resolves (the build's
/// link check passes).
@Suite struct PaginationTests {
    private func builtSite(pageSize: Int) throws -> SiteFixture {
        let site = try SiteFixture()
        let config = try site.read("Content/site.yaml")
        try site.write("Content/site.yaml", config + "\npage_size: \(pageSize)\n")
        let result = try site.prr(["build", "--quiet"])
        #expect(result.status == 0, "the link check passes every pager link: \(result.stderr)")
        return site
    }

    /// The text of each page of a list: its section of the owner, then `stem-2.html`, `stem-3.html`, … while they exist.
    private func pages(_ site: SiteFixture, owner: String, section: String, stem: String) throws -> [String] {
        let html = try site.read("Output/" + owner)
        let start = try #require(html.range(of: "<section aria-labelledby=\"\(section)\""))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        var texts = [String(html[start.lowerBound..<end.upperBound])]
        var number = 2
        while site.exists("Output/\(stem)-\(number).html") {
            texts.append(try site.read("Output/\(stem)-\(number).html"))
            number += 1
        }
        return texts
    }

    private func rowServices(_ html: String) -> [String] {
        html.matches(of: #/<th scope="row"><a href="(?:\.\./)?reviews/([a-z0-9._-]+)\.html/#).map { String($0.output.1) }
    }

    @Test func homeReviewTableIsSplitIntoPagesThatHoldEveryReviewOnce() throws {
        let site = try builtSite(pageSize: 2)
        defer { site.remove() }
        let reviews = try FileManager.default.contentsOfDirectory(atPath: site.url("Content/reviews").path)
            .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
        let texts = try pages(site, owner: "index.html", section: "all-reviews", stem: "reviews")
        #expect(texts.count == (reviews.count + 1) / 2)
        #expect(texts.flatMap(rowServices) == reviews)
        #expect(texts.dropFirst().allSatisfy { rowServices($0).count <= 2 })
        let second = try #require(texts.dropFirst().first)
        #expect(second.contains("<h1>All reviews <span class=\"muted\">page 2 of \(texts.count)</span></h1>"))
        #expect(second.contains("<a href=\"index.html#all-reviews\">1</a>"), "page 1 is the home page's section")
        #expect(second.contains("<span aria-current=\"page\">2</span>"))
        #expect(texts[0].contains("<a href=\"reviews-2.html\" rel=\"next\">"))
    }

    @Test func gapMatrixAndEachRulesFindingsPageAndAddUp() throws {
        let site = try builtSite(pageSize: 3)
        defer { site.remove() }
        let gaps = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: site.url("Output/gaps.json"))) as? [String: Any])
        let open = try #require(gaps["findings"] as? [[String: Any]]).filter { $0["accepted"] as? Bool == false }
        let byRule = Dictionary(grouping: open) { $0["rule"] as? String ?? "" }
        #expect(byRule.values.contains { $0.count > 3 }, "the fixture pages at least one rule")
        for (rule, findings) in byRule {
            let texts = try pages(site, owner: "gaps.html", section: "rule-\(rule)", stem: "gaps/\(rule)")
            let shown = texts.map { $0.components(separatedBy: "<li class=\"diagnostic ").count - 1 }
            #expect(shown.reduce(0, +) == findings.count, "\(rule): \(shown)")
            #expect(texts.count == (findings.count + 2) / 3, "\(rule)")
        }
        let matrix = try pages(site, owner: "gaps.html", section: "matrix", stem: "gaps/matrix")
        let reviewCount = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: site.url("Output/reviews.json"))) as? [String: Any])["reviews"]
        #expect(matrix.flatMap(rowServices).count == (reviewCount as? [Any])?.count)
        #expect(Set(matrix.flatMap(rowServices)).count == matrix.flatMap(rowServices).count)
    }

    @Test func aSiteThatFitsHasNoExtraPagesOrPagers() throws {
        let site = try builtSite(pageSize: 1_000)
        defer { site.remove() }
        #expect(!site.exists("Output/reviews-2.html") && !site.exists("Output/gaps/matrix-2.html"))
        #expect(!site.exists("Output/gaps"), "no rule has a second page")
        for page in ["index.html", "gaps.html", "tiers/tier-1.html"] {
            #expect(try !site.read("Output/" + page).contains("class=\"pager\""), "\(page)")
        }
    }
}
