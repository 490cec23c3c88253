import Foundation
import Testing
@testable import SiteBuilder

/// The retrospectives index, the dashboard block, review notes and the
/// lessons page, against figures worked out from the fixture's numbers.
@Suite struct RetrospectiveScheduleAndLessonsTests {
    typealias X = RetrospectiveExpectations
    static let dueDays = 30

    @Test func indexListsEveryLaunchByDueDateWithItsState() throws {
        let fixture = try RetrospectiveSiteFixture()
        defer { fixture.remove() }
        let index = try fixture.page("retrospectives/index.html")
        let overdue = X.days(from: "2026-10-01", plus: Self.dueDays, until: RetrospectiveSiteFixture.today)
        let upcoming = -X.days(from: "2026-11-20", plus: Self.dueDays, until: RetrospectiveSiteFixture.today)
        #expect(overdue == 26 && upcoming == 24)
        #expect(X.row(">beta</a>", in: index).contains("✗ Retrospective overdue by \(overdue) days</strong>"))
        #expect(X.row(">gamma</a>", in: index).contains("◷ Retrospective due in \(upcoming) days"))
        let alpha = X.row(">alpha</a>", in: index)
        #expect(alpha.contains("<a href=\"../retrospectives/alpha.html\">Retrospective held 2026-10-05</a>"))
        #expect(alpha.contains("<a href=\"../retrospectives/alpha-2026-09-20.html\">2026-09-20</a>"))
        // The schedule's order: by due date.
        let order = [">alpha</a>", ">beta</a>", ">gamma</a>"].compactMap { index.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted())
        #expect(index.contains("<strong class=\"retro-overdue\">1 overdue</strong>"))
        #expect(index.contains("aria-current=\"page\">Retrospectives</a>"))
    }

    @Test func dashboardAndReviewPagesShowOverdueAndUpcoming() throws {
        let fixture = try RetrospectiveSiteFixture()
        defer { fixture.remove() }
        let home = X.section("retrospectives", in: try fixture.page("index.html"))
        #expect(home.contains("✗ 1 overdue"))
        #expect(X.row(">beta</a>", in: home, open: "<li", close: "</li>").contains("overdue by 26 days"))
        #expect(X.row(">gamma</a>", in: home, open: "<li", close: "</li>").contains("due in 24 days"))
        #expect(!home.contains(">alpha</a>"))
        #expect(try fixture.page("reviews/beta.html").contains("✗ Retrospective overdue by 26 days"))
        #expect(try fixture.page("reviews/gamma.html").contains("◷ Retrospective due in 24 days"))
    }

    @Test func lessonsShowEstimateAccuracyWithAChartAndATable() throws {
        let fixture = try RetrospectiveSiteFixture()
        defer { fixture.remove() }
        let capacity = X.section("lessons-capacity", in: try fixture.page("retrospectives/lessons.html"))
        let ratios = [1040.0 / 1200, 1500.0 / 1200]
        let middle = ratios.reduce(0, +) / 2
        #expect(capacity.contains("<dt>Median actual ÷ expected</dt><dd>\(X.ratio(middle, 1))</dd>"))
        #expect(capacity.contains("<dt>Mean actual ÷ expected</dt><dd>\(X.ratio(middle, 1))</dd>"))
        #expect(capacity.contains("(above 1×)</dt><dd>\(ratios.filter { $0 > 1 }.count)</dd>"))
        #expect(capacity.contains("(below 0.5×)</dt><dd>\(ratios.filter { $0 < 0.5 }.count)</dd>"))
        #expect(capacity.contains("<dt>Load test covered the actual peak</dt><dd>1</dd>"))
        #expect(capacity.contains("<dt>Load test below the actual peak</dt><dd>1</dd>"))
        #expect(capacity.contains("role=\"img\""))
        #expect(capacity.contains("alpha 2026-09-20 plan: 1,200; alpha 2026-09-20 actual: 1,500; alpha 2026-10-05 plan: 1,200; alpha 2026-10-05 actual: 1,040"))
        let first = X.row("<td>2026-09-20</td>", in: capacity)
        #expect(first.contains("<strong>\(X.ratio(1500, 1200))</strong>"))
        #expect(first.contains("✗ not covered"))
        #expect(X.row("<td>2026-10-05</td>", in: capacity).contains("<strong>\(X.ratio(1040, 1200))</strong>"))
    }

    @Test func lessonsShowAlertsIncidentsRunbooksAndTemplateChanges() throws {
        let fixture = try RetrospectiveSiteFixture()
        defer { fixture.remove() }
        let page = try fixture.page("retrospectives/lessons.html")
        let alerts = X.section("lessons-alerts", in: page)
        #expect(alerts.contains("<strong>\(X.percent(1 + 2 + 1, 5 + 2 + 3))</strong> of alert firings needed action: 4 of 10."))
        #expect(X.row("<code>AlphaErrors</code>", in: alerts).contains("<td>7</td><td>3</td><td>4</td><td>\(X.percent(3, 7))</td>"))
        #expect(X.row("<code>AlphaLatency</code>", in: alerts).contains("<td>3</td><td>1</td><td>2</td><td>\(X.percent(1, 3))</td>"))
        // Noisiest first: AlphaErrors has 4 firings that needed no action, AlphaLatency 2.
        let errors = try #require(alerts.range(of: "AlphaErrors")), latency = try #require(alerts.range(of: "AlphaLatency"))
        #expect(errors.lowerBound < latency.lowerBound)

        let incidents = X.section("lessons-incidents", in: page)
        #expect(incidents.contains("2 incidents after launch: 1 anticipated by the review, 1 not."))
        #expect(incidents.contains("<strong>INC-2</strong>: &lt;script&gt;"))
        #expect(!incidents.contains("INC-1"))
        #expect(incidents.contains("<dd>Requests fail closed with 503</dd>"))
        #expect(!page.contains("<script>"))

        let runbooks = X.section("lessons-runbooks", in: page)
        #expect(runbooks.contains("<dt>Worked as written</dt><dd>1</dd>"))
        #expect(runbooks.contains("<dt>Did not</dt><dd>1</dd>"))
        #expect(runbooks.contains("<dt>Not stated</dt><dd>0</dd>"))

        let changes = X.section("lessons-template", in: page)
        let known = X.row("Load testing performed", in: changes, open: "<li", close: "</li>")
        #expect(known.contains("already in the policy: Capacity and scaling: Load testing performed <code>capacity.load-testing</code>"))
        #expect(known.contains("proposed by <a href=\"../retrospectives/alpha.html\">alpha</a>"))
        #expect(X.row("shared batch windows", in: changes, open: "<li", close: "</li>").contains(">new</strong>"))
    }
}
