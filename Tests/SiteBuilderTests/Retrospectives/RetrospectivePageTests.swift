import Foundation
import Testing
@testable import SiteBuilder

/// One page per retrospective: the review's predictions beside the
/// retrospective's figures, worked out here from the fixture's numbers.
@Suite struct RetrospectivePageTests {
    typealias X = RetrospectiveExpectations

    @Test func latestRetrospectiveHasThePlainNameAndEarlierOnesTheirDate() throws {
        let fixture = try RetrospectiveSiteFixture()
        defer { fixture.remove() }
        let latest = try fixture.page("retrospectives/alpha.html")
        let first = try fixture.page("retrospectives/alpha-2026-09-20.html")
        #expect(latest.contains("<h1>Retrospective: alpha, 2026-10-05</h1>"))
        #expect(first.contains("<h1>Retrospective: alpha, 2026-09-20</h1>"))
        #expect(latest.contains("href=\"../retrospectives/alpha-2026-09-20.html\""))
        #expect(first.contains("href=\"../retrospectives/alpha.html\""))
    }

    @Test func capacityShowsTheEstimateErrorAndTheTestedHeadroom() throws {
        let fixture = try RetrospectiveSiteFixture()
        defer { fixture.remove() }
        let capacity = X.section("retro-capacity", in: try fixture.page("retrospectives/alpha.html"))
        #expect(capacity.contains("<td>1,200 rps</td>"))
        #expect(capacity.contains("<td>1,040 rps</td>"))
        #expect(capacity.contains("<strong>\(X.ratio(1040, 1200))</strong>"))
        #expect(X.ratio(1040, 1200) == "0.87×")
        #expect(capacity.contains("within the estimate"))
        #expect(capacity.contains("<td>1,300 rps</td>"))
        #expect(capacity.contains("<strong>\(X.ratio(1300, 1040))</strong>"))
        #expect(capacity.contains("✓ the tested capacity covered the actual peak"))

        let earlier = X.section("retro-capacity", in: try fixture.page("retrospectives/alpha-2026-09-20.html"))
        #expect(earlier.contains("<strong>\(X.ratio(1500, 1200))</strong>"))
        #expect(earlier.contains("under-estimate"))
        #expect(earlier.contains("<strong>\(X.ratio(1300, 1500))</strong>"))
        #expect(earlier.contains("✗ the actual peak was above the tested capacity"))
    }

    @Test func alertsAreComparedWithTheAlertsTheReviewDeclared() throws {
        let fixture = try RetrospectiveSiteFixture()
        defer { fixture.remove() }
        let alerts = X.section("retro-alerts", in: try fixture.page("retrospectives/alpha.html"))
        #expect(X.row("<code>AlphaErrors</code>", in: alerts).contains("<td>2</td><td>2</td><td>\(X.percent(2, 2))</td>"))
        #expect(X.row("<code>AlphaLatency</code>", in: alerts).contains("<td>3</td><td>1</td><td>\(X.percent(1, 3))</td>"))
        #expect(X.percent(1, 3) == "33%")
        let quiet = X.row("<code>AlphaQuiet</code>", in: alerts)
        #expect(quiet.contains("✓ declared"))
        #expect(quiet.contains("not reported in the retrospective"))
        #expect(alerts.contains("\(X.percent(3, 5)) actionable overall: 3 of 5"))
        // Declared alerts come in the review's order.
        let order = ["AlphaErrors", "AlphaLatency", "AlphaQuiet"].compactMap { alerts.range(of: "<code>\($0)</code>")?.lowerBound }
        #expect(order.count == 3 && order == order.sorted())
    }

    @Test func incidentsSitBesideTheDocumentedFailureModesAndAreEscaped() throws {
        let fixture = try RetrospectiveSiteFixture()
        defer { fixture.remove() }
        let page = try fixture.page("retrospectives/alpha.html")
        let incidents = X.section("retro-incidents", in: page)
        #expect(incidents.contains("1 anticipated, 1 not anticipated by the review."))
        #expect(X.row("INC-1", in: incidents, open: "<li", close: "</li>").contains("(anticipated)"))
        let unanticipated = X.row("INC-2", in: incidents, open: "<li", close: "</li>")
        #expect(unanticipated.contains("(not anticipated)"))
        #expect(unanticipated.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        #expect(!page.contains("<script>"))
        #expect(incidents.contains("<dt><code>resource:alpha-db</code></dt><dd>Requests fail closed with 503</dd>"))
        #expect(incidents.contains("<dt><code>resource:alpha-cache</code></dt><dd><em>no failure mode documented</em></dd>"))
    }

    @Test func runbooksTemplateChangesAndBodyAreShown() throws {
        let fixture = try RetrospectiveSiteFixture()
        defer { fixture.remove() }
        let page = try fixture.page("retrospectives/alpha.html")
        #expect(X.section("retro-runbooks", in: page).contains("✗ The runbooks did not work as written."))
        #expect(X.section("retro-runbooks", in: try fixture.page("retrospectives/alpha-2026-09-20.html"))
            .contains("✓ The runbooks worked as written."))
        let changes = X.section("retro-template", in: page)
        let known = X.row("Add an item: Load testing performed", in: changes, open: "<li", close: "</li>")
        #expect(known.contains("already in the policy"))
        #expect(known.contains("<code>capacity.load-testing</code>"))
        let new = X.row("Ask teams to list shared batch windows", in: changes, open: "<li", close: "</li>")
        #expect(new.contains(">new</strong>"))
        #expect(!new.contains("already in the policy"))
        #expect(page.contains("The <em>second</em> retrospective."))
    }

    @Test func retrospectiveAndReviewLinkBothWays() throws {
        let fixture = try RetrospectiveSiteFixture()
        defer { fixture.remove() }
        let retrospective = try fixture.page("retrospectives/alpha.html")
        #expect(retrospective.contains("<a href=\"../reviews/alpha.html\" class=\"retro-review-link\">"))
        let review = try fixture.page("reviews/alpha.html")
        let note = X.row("retro-note-heading", in: review, open: "<aside", close: "</aside>")
        #expect(note.contains("<a href=\"../retrospectives/alpha.html\">Retrospective held 2026-10-05</a>"))
        #expect(note.contains("href=\"../retrospectives/alpha-2026-09-20.html\""))
    }
}
