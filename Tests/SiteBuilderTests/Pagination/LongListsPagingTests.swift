import Foundation
import Testing
@testable import SiteBuilder

/// The long lists that page beside the original ones: the home page's risk,
/// retrospective and unreviewed-Component lists, the gap summary's by-team
/// table, the teams and retrospectives indexes, team and system pages (a
/// system's Components and its APIs and resources), the
/// lessons page and the search page's plain list. Each is rendered twice from the same files, with a page size
/// that splits it and with one that fits, and the rows of the split pages
/// must be the rows of the whole list, once each, in order.
@Suite struct LongListsPagingTests {
    /// A list: the page that shows its first page and the id of its section
    /// there, where its later pages go, and what marks one of its rows (the
    /// first capture names the row).
    struct Spec {
        let owner: String
        let anchor: String
        let stem: String
        let row: String
    }

    static let size = 2

    static let specs: [Spec] = [
        Spec(owner: "index.html", anchor: "risk-expiry", stem: "expiring-risks",
             row: #"reviews/([a-z0-9-]+)\.html[^"]*">[^<]*</a></th><td>[^<]*<code>capacity\.load-testing</code>"#),
        Spec(owner: "index.html", anchor: "risk-expiry", stem: "expired-risks",
             row: #"reviews/([a-z0-9-]+)\.html[^"]*">[^<]*</a></th><td>[^<]*<code>security\.threat-model</code>"#),
        Spec(owner: "index.html", anchor: "retrospectives", stem: "overdue-retrospectives",
             row: #"<li><a href="[^"]*reviews/([a-z0-9-]+)\.html">[^<]*</a>: <strong class="retro-state retro-overdue">"#),
        Spec(owner: "index.html", anchor: "retrospectives", stem: "upcoming-retrospectives",
             row: #"<li><a href="[^"]*reviews/([a-z0-9-]+)\.html">[^<]*</a>: <span class="retro-state retro-upcoming">"#),
        Spec(owner: "index.html", anchor: "coverage", stem: "coverage-unreviewed",
             row: #"<li>(spare-[0-9]+) <code>"#),
        Spec(owner: "teams/team-1.html", anchor: "services", stem: "teams/team-1~reviews",
             row: #"<th scope="row"><a href="[^"]*reviews/([a-z0-9-]+)\.html">"#),
        Spec(owner: "teams/team-2.html", anchor: "unreviewed", stem: "teams/team-2~unreviewed",
             row: #"<th scope="row">(spare-[0-9]+)"#),
        Spec(owner: "teams/team-3.html", anchor: "people", stem: "teams/team-3~people",
             row: #"<th scope="row">(Person [0-9]+)<br>"#),
        Spec(owner: "systems/shop.html", anchor: "components", stem: "systems/shop~components",
             row: #"<th scope="row">(?:<a href="[^"]+">)?([a-z]+-[0-9]+)"#),
        Spec(owner: "systems/shop.html", anchor: "other-entities", stem: "systems/shop~others",
             row: #"<li><span class="badge kind">[A-Za-z]+</span> ([^<]+?)(?: <span class="muted">\(| — |</li>)"#),
        Spec(owner: "gaps.html", anchor: "by-team", stem: "gaps/teams",
             row: #"<th scope="row"><a href="(?:\.\./)?teams/([a-z0-9-]+)\.html">"#),
        Spec(owner: "teams/index.html", anchor: "all-teams", stem: "teams",
             row: #"<br><code class="muted">([^<]+)</code>"#),
        Spec(owner: "teams/index.html", anchor: "unreviewed", stem: "unreviewed-components",
             row: #"<th scope="row">(spare-[0-9]+)"#),
        Spec(owner: "retrospectives/index.html", anchor: "schedule", stem: "retrospectives",
             row: #"<tr class="retro-row retro-row-[a-z]+">\s*<th scope="row"><a href="[^"]*reviews/([a-z0-9-]+)\.html">"#),
        Spec(owner: "retrospectives/index.html", anchor: "other-retrospectives", stem: "other-retrospectives",
             row: #"<li><a href="[^"]+">([a-z0-9-]+, [0-9-]+)</a></li>"#),
        Spec(owner: "retrospectives/lessons.html", anchor: "lessons-capacity", stem: "lessons-estimates",
             row: #"<th scope="row"><a href="[^"]+">([a-z0-9-]+)</a></th>\s*<td>[0-9-]+</td>"#),
        Spec(owner: "retrospectives/lessons.html", anchor: "lessons-incidents", stem: "lessons-incidents",
             row: #"<strong>(INC-[0-9]+)</strong>"#),
        Spec(owner: "search.html", anchor: "all-reviews", stem: "search",
             row: #"<span class="muted">· <code>([a-z0-9-]+)</code>"#),
    ]

    private func rows(_ spec: Spec, in html: String) throws -> [String] {
        try html.matches(of: Regex(spec.row)).compactMap { $0.output[1].substring.map(String.init) }
    }

    /// The owner page, then `stem-2.html`, `stem-3.html`, … while they exist.
    private func pages(_ spec: Spec, of fixture: LongListsFixture) throws -> [String] {
        var texts = [try fixture.page(spec.owner)]
        while let later = fixture.pages["\(spec.stem)-\(texts.count + 1).html"] { texts.append(later) }
        return texts
    }

    @Test func eachListsPagesHoldEveryRowOnceInOrder() throws {
        let split = try LongListsFixture(pageSize: Self.size)
        defer { split.remove() }
        let whole = try LongListsFixture(pageSize: 1_000)
        defer { whole.remove() }
        for spec in Self.specs {
            let expected = try rows(spec, in: whole.page(spec.owner))
            #expect(expected.count > Self.size, "\(spec.stem): the fixture splits the list")
            #expect(Set(expected).count == expected.count, "\(spec.stem): rows are told apart")
            let texts = try pages(spec, of: split)
            #expect(texts.count == (expected.count + Self.size - 1) / Self.size, "\(spec.stem)")
            #expect(try texts.flatMap { try rows(spec, in: $0) } == expected, "\(spec.stem)")
            #expect(try texts.allSatisfy { try rows(spec, in: $0).count <= Self.size }, "\(spec.stem)")
        }
    }

    @Test func pagersLinkThePagesBothWaysAndPassTheLinkCheck() throws {
        let split = try LongListsFixture(pageSize: Self.size)
        defer { split.remove() }
        #expect(split.linkProblems.isEmpty, "prr's link check passes every pager link: \(split.linkProblems)")
        for spec in Self.specs {
            let owner = try split.page(spec.owner)
            let second = try split.page("\(spec.stem)-2.html")
            let toSecond = SiteURLs.root(from: spec.owner) + "\(spec.stem)-2.html"
            let toFirst = SiteURLs.root(from: "\(spec.stem)-2.html") + spec.owner + "#" + spec.anchor
            #expect(owner.contains("<a href=\"\(toSecond)\""), "\(spec.stem): page 1 links page 2")
            #expect(owner.contains("id=\"\(spec.anchor)\""), "\(spec.stem): page 1's section is there")
            #expect(second.contains("<a href=\"\(toFirst)\">1</a>"), "\(spec.stem): page 2 links page 1")
            #expect(second.contains("<span aria-current=\"page\">2</span>"), "\(spec.stem)")
            #expect(second.contains("page 2 of "), "\(spec.stem): the heading names the page")
        }
    }

    @Test func laterPagesEscapeWhatTheyShow() throws {
        let split = try LongListsFixture(pageSize: Self.size)
        defer { split.remove() }
        let incidents = try split.page("lessons-incidents-2.html")
        #expect(incidents.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"))
        #expect(!incidents.contains(LongListsFixture.hostile))
    }

    @Test func laterTeamAndIndexPagesEscapeComponentDescriptions() throws {
        let split = try LongListsFixture(pageSize: Self.size)
        defer { split.remove() }
        for path in ["teams/team-2~unreviewed-2.html", "unreviewed-components-2.html"] {
            let page = try split.page(path)
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"), "\(path)")
            #expect(!page.contains(LongListsFixture.hostile), "\(path)")
        }
    }

    /// A system's APIs and resources show their titles and descriptions
    /// escaped on every page: `stock-api`'s title lands on page 1 and
    /// `orders-db`'s description on page 2 (or both on page 1 when it fits).
    @Test func systemOthersEscapeTitlesAndDescriptions() throws {
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"
        for size in [Self.size, 1_000] {
            let fixture = try LongListsFixture(pageSize: size)
            defer { fixture.remove() }
            let pages = try [fixture.page("systems/shop.html")] + (fixture.pages["systems/shop~others-2.html"].map { [$0] } ?? [])
            let shown = pages.joined()
            #expect(shown.components(separatedBy: escaped).count - 1 == 2, "title and description, page size \(size)")
            #expect(!shown.contains(LongListsFixture.hostile), "page size \(size)")
        }
    }

    /// A system whose APIs and resources fit on its page shows them exactly
    /// as it did before they paged: the same list, in catalog order, and no pager.
    @Test func systemOthersThatFitRenderAsBefore() throws {
        let whole = try LongListsFixture(pageSize: 1_000)
        defer { whole.remove() }
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"
        let list = """
              <ul class="entity-list">
                <li><span class="badge kind">API</span> orders-api <span class="muted">(openapi)</span></li>
                <li><span class="badge kind">API</span> \(escaped) <span class="muted">(openapi)</span></li>
                <li><span class="badge kind">Resource</span> orders-db <span class="muted">(database)</span> — \(escaped)</li>
              </ul>
            </section>
            """
        #expect(try whole.page("systems/shop.html").contains(list))
    }

    /// A team's later pages sit beside the team pages without taking a
    /// name a team could have, and name their team in the heading and crumbs.
    @Test func teamAndSystemLaterPagesNameTheirOwner() throws {
        let split = try LongListsFixture(pageSize: Self.size)
        defer { split.remove() }
        let reviews = try split.page("teams/team-1~reviews-2.html")
        #expect(reviews.contains("team-1: reviewed services <span class=\"muted\">page 2 of 2</span>"))
        #expect(reviews.contains("<a href=\"../teams/team-1.html\">team-1</a>"))
        let components = try split.page("systems/shop~components-2.html")
        #expect(components.contains("shop: Components <span class=\"muted\">page 2 of 2</span>"))
        let others = try split.page("systems/shop~others-2.html")
        #expect(others.contains("shop: APIs and resources <span class=\"muted\">page 2 of 2</span>"))
        #expect(others.contains("<title>shop: APIs and resources, page 2 of 2 — Long lists</title>"))
        // The owner's own trail comes first: Home › Teams › team-1 › this page.
        #expect(Self.crumbs(reviews) == ["Home", "Teams", "team-1", "team-1: reviewed services, page 2 of 2"])
        #expect(Self.crumbs(components) == ["Home", "Systems", "shop", "shop: Components, page 2 of 2"])
        #expect(Self.crumbs(others) == ["Home", "Systems", "shop", "shop: APIs and resources, page 2 of 2"])
        #expect(Self.crumbs(try split.page("teams-2.html")).prefix(2) == ["Home", "Teams"])
        #expect(split.pages.keys.filter { $0.hasPrefix("teams/team-4~") }.isEmpty, "team-4's one review fits")
        #expect(try !split.page("teams/team-4.html").contains("class=\"pager\""))
    }

    /// The titles of a page's breadcrumbs, in order.
    private static func crumbs(_ html: String) -> [String] {
        guard let start = html.range(of: "class=\"breadcrumbs\""),
              let end = html.range(of: "</nav>", range: start.upperBound..<html.endIndex) else { return [] }
        return html[start.upperBound..<end.lowerBound].matches(of: /<li>(?:<a [^>]*>|<span [^>]*>)?([^<]+)/).map { String($0.output.1) }
    }

    @Test func listsThatFitHaveNoPagerAndNoLaterPages() throws {
        let whole = try LongListsFixture(pageSize: 1_000)
        defer { whole.remove() }
        for spec in Self.specs {
            #expect(whole.pages["\(spec.stem)-2.html"] == nil, "\(spec.stem)")
            #expect(try !whole.page(spec.owner).contains("class=\"pager\""), "\(spec.owner)")
        }
    }
}
