import Foundation
import Testing

/// End to end through `prr build`: the lists that page beside the home
/// page's review table and the gap summary's matrix (risks, overdue and
/// coming retrospectives, Components without a review, teams, team and
/// system pages (a system's Components and its APIs and resources),
/// retrospectives, lessons, search) hold every row once, in order, across
/// their pages, and the build's link check passes every pager link. A site
/// whose lists fit has none of their pages.
@Suite struct LongListPaginationTests {
    /// A list: its owner page, the stem of its later pages, and the pattern
    /// of one row (the first capture names it).
    private static let lists: [(owner: String, stem: String, row: String)] = [
        ("index.html", "expiring-risks", #"reviews/([a-z0-9-]+)\.html[^"]*">[^<]*</a></th><td>[^<]*<code>capacity\.load-testing</code>"#),
        ("index.html", "expired-risks", #"reviews/([a-z0-9-]+)\.html[^"]*">[^<]*</a></th><td>[^<]*<code>security\.threat-model</code>"#),
        ("index.html", "overdue-retrospectives", #"<li><a href="[^"]*reviews/([a-z0-9-]+)\.html">[^<]*</a>: <strong class="retro-state retro-overdue">"#),
        ("index.html", "upcoming-retrospectives", #"<li><a href="[^"]*reviews/([a-z0-9-]+)\.html">[^<]*</a>: <span class="retro-state retro-upcoming">"#),
        ("index.html", "coverage-unreviewed", #"<li>([a-z0-9-]+) <code>component:"#),
        ("teams/checkout.html", "teams/checkout~reviews", #"<th scope="row"><a href="[^"]*reviews/([a-z0-9-]+)\.html">"#),
        ("teams/checkout.html", "teams/checkout~unreviewed", #"<th scope="row">([a-z0-9-]+)(?:</th>|<br><span)"#),
        ("systems/checkout-flow.html", "systems/checkout-flow~components", #"<th scope="row">(?:<a href="[^"]+">)?([a-z0-9-]+)"#),
        ("systems/checkout-flow.html", "systems/checkout-flow~others",
         #"<li><span class="badge kind">[A-Za-z]+</span> ([^<]+?)(?: <span class="muted">\(| — |</li>)"#),
        ("gaps.html", "gaps/teams", #"<th scope="row"><a href="(?:\.\./)?teams/([a-z0-9/-]+)\.html">"#),
        ("teams/index.html", "teams", #"<br><code class="muted">([^<]+)</code>"#),
        ("retrospectives/index.html", "retrospectives", #"<tr class="retro-row retro-row-[a-z]+">\s*<th scope="row"><a href="[^"]*reviews/([a-z0-9-]+)\.html">"#),
        ("retrospectives/lessons.html", "lessons-incidents", #"<strong>([A-Z0-9-]+)</strong>: "#),
        ("search.html", "search", #"<span class="muted">· <code>([a-z0-9-]+)</code>"#),
    ]

    private func built(pageSize: Int) throws -> SiteFixture {
        let site = try SiteFixture()
        try site.addLongListRows()
        let config = try site.read("Content/site.yaml")
        try site.write("Content/site.yaml", config + "\npage_size: \(pageSize)\n")
        let result = try site.prr(["build", "--quiet"])
        #expect(result.status == 0, "the link check passes every pager link: \(result.stderr)")
        return site
    }

    private func rows(_ pattern: String, in html: String) throws -> [String] {
        try html.matches(of: Regex(pattern)).compactMap { $0.output[1].substring.map(String.init) }
    }

    @Test func everyListsPagesHoldEveryRowOnceInOrder() throws {
        let size = 2
        let split = try built(pageSize: size)
        defer { split.remove() }
        let whole = try built(pageSize: 1_000)
        defer { whole.remove() }
        for list in Self.lists {
            let expected = try rows(list.row, in: whole.read("Output/" + list.owner))
            #expect(expected.count > size, "\(list.stem): the fixture splits the list")
            var texts = [try split.read("Output/" + list.owner)]
            while split.exists("Output/\(list.stem)-\(texts.count + 1).html") {
                texts.append(try split.read("Output/\(list.stem)-\(texts.count + 1).html"))
            }
            #expect(texts.count == (expected.count + size - 1) / size, "\(list.stem)")
            #expect(try texts.flatMap { try rows(list.row, in: $0) } == expected, "\(list.stem)")
            #expect(!whole.exists("Output/\(list.stem)-2.html"), "\(list.stem): a list that fits has no page 2")
            #expect(try !whole.read("Output/" + list.owner).contains("class=\"pager\""), "\(list.owner)")
        }
    }
}
