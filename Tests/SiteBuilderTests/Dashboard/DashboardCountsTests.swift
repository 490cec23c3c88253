import Foundation
import Readiness
import Testing
@testable import SiteBuilder

/// The dashboard, gap summary and tier pages show the counts the findings
/// give, counted here independently of the page code.
@Suite struct DashboardCountsTests {
    @Test func fixtureHasOpenAcceptedAndExpiredFindings() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        #expect(fixture.site.reviews.map(\.review.serviceName) == ["alpha", "beta"])
        #expect(!fixture.openFindings.isEmpty)
        #expect(!fixture.acceptedFindings.isEmpty)
        #expect(Set(fixture.acceptedFindings.compactMap(\.item)) == ["capacity.load-testing"])
        #expect(fixture.allFindings.contains { $0.rule.id == "risk-expired" })
    }

    @Test func homeShowsOpenAcceptedAndReadinessCounts() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let home = try fixture.page(SiteURLs.home)
        #expect(home.contains("<dt>Open gaps</dt><dd><a href=\"gaps.html\">\(fixture.openFindings.count)</a></dd>"))
        #expect(home.contains("<dt>Accepted risks</dt><dd>\(fixture.acceptedFindings.count)</dd>"))
        for state in ReadinessSummary.State.allCases {
            let count = fixture.site.validations.filter { state == ($0.findings.contains { $0.acceptance == nil }
                ? .notReady : $0.findings.isEmpty ? .ready : .readyWithAcceptedRisks) }.count
            #expect(home.contains("<dt>\(state.label)</dt><dd>\(count)</dd>"), "\(state)")
        }
    }

    @Test func notReadyListsWorstFirstWithOpenCounts() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let rows = DashboardValues.notReadyOrder(fixture.site).map { reviewSummaryValues($0, site: fixture.site, from: SiteURLs.home).map() }
        var expected: [(service: String, open: Int)] = []
        for (index, document) in fixture.site.reviews.enumerated() {
            let open = fixture.site.validations[index].findings.filter { $0.acceptance == nil }.count
            if open > 0 { expected.append((document.review.serviceName, open)) }
        }
        expected.sort { $0.open != $1.open ? $0.open > $1.open : $0.service < $1.service }
        #expect(rows.map { $0["service"]?.asString } == expected.map { $0.service })
        #expect(rows.map { $0["openGaps"]?.asInt } == expected.map { $0.open })
    }

    @Test func largestGapsCountOpenFindingsPerRule() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let rows = DashboardValues.largestGaps(GapIndex(fixture.site), site: fixture.site, from: SiteURLs.home)
        let byRule = Dictionary(grouping: fixture.openFindings, by: \.rule.id).mapValues(\.count)
        #expect(rows.count == min(DashboardValues.largestGapCount, byRule.count))
        for row in rows {
            let id = try #require(row["id"]?.asString)
            #expect(row["count"]?.asInt == byRule[id], "\(id)")
            #expect(row["url"]?.asString == "gaps.html#rule-\(id)")
        }
        let counts = rows.compactMap { $0["count"]?.asInt }
        #expect(counts == counts.sorted(by: >))
    }

    @Test func expiringAndExpiredRisksAreListedWithDaysLeft() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let site = fixture.site
        let expiringRows = RiskExpiryValues.expiring(site)
        let expiring = RiskExpiryValues.values(expiringRows[...], site: site, from: SiteURLs.home)
        #expect(expiring.map { $0["item"]?.asString } == ["capacity.load-testing"])
        #expect(expiring.first?["daysLeft"]?.asString == "14 days")
        #expect(expiring.first?["approver"]?.asString == "user:vp")
        let expiredRows = RiskExpiryValues.expired(site)
        let expired = RiskExpiryValues.values(expiredRows[...], site: site, from: SiteURLs.home)
        #expect(expired.map { $0["item"]?.asString } == ["security.threat-model"])
        #expect(expired.first?["daysAgo"]?.asString == "56 days ago")
        let home = try fixture.page(SiteURLs.home)
        #expect(home.contains("<td>14 days</td>"))
        #expect(home.contains("✗ 56 days ago"))
    }

    @Test func coverageCountsReviewedComponents() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let home = try fixture.page(SiteURLs.home)
        #expect(fixture.site.catalog.components.count == 3)
        #expect(home.contains("<strong>2 of 3</strong> catalog Components have a review (67%)"))
        #expect(home.contains("href=\"teams/index.html\""))
        #expect(home.contains("<code>component:gamma</code>"))
    }

    @Test func gapSummaryCountsEachRuleAndLinksToTheExactSection() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let gaps = try fixture.page(SiteURLs.gaps)
        #expect(gaps.contains("\(fixture.openFindings.count) open gaps in"))
        for (rule, findings) in Dictionary(grouping: fixture.openFindings, by: \.rule.id) {
            let services = Set(findings.map(\.location.file)).count
            #expect(gaps.contains("<h3 id=\"rule-\(rule)\">"), "\(rule)")
            #expect(gaps.contains("<code>\(rule)</code> <span class=\"count\">\(findings.count) open · \(services) services</span>"), "\(rule)")
        }
        // alpha's unchecked load test sits under its Capacity heading; beta's SLO under Monitoring.
        let alpha = try #require(fixture.site.validations.first)
        let capacity = try #require(alpha.categoryAnchors["capacity"])
        #expect(gaps.contains("href=\"reviews/alpha.html#\(capacity)\""))
        // Findings with no category link to the findings list.
        #expect(gaps.contains("href=\"reviews/alpha.html#findings\""))
        // The accepted finding is listed as an accepted risk, not as an open gap.
        #expect(gaps.contains("Accepted by user:vp until 2026-12-10"))
    }

    @Test func gapGroupsAddUpToTheOpenFindings() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let index = GapIndex(fixture.site)
        let open = fixture.openFindings.count
        let teams = TeamGapRows(index, site: fixture.site)
        for rows in [GapGroups.byCategory(index, site: fixture.site),
                     teams.rows(0..<teams.count, from: SiteURLs.gaps),
                     GapGroups.byTier(index, site: fixture.site, from: SiteURLs.gaps)].map({ $0.map { $0.map() } }) {
            #expect(rows.compactMap { $0["open"]?.asInt }.reduce(0, +) == open)
            #expect(rows.compactMap { $0["groupAccepted"]?.asInt }.reduce(0, +) == fixture.acceptedFindings.count)
        }
        let tier1 = GapGroups.byTier(index, site: fixture.site, from: SiteURLs.gaps)[0].map()
        #expect(tier1["open"]?.asInt == fixture.site.validations[0].findings.filter { $0.acceptance == nil }.count)
    }

    @Test func matrixCellsAddUpToEachReviewsOpenFindings() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let matrix = GapMatrixValues(GapIndex(fixture.site), site: fixture.site)
            .values(reviews: fixture.site.reviews.indices, from: SiteURLs.gaps)
        let rows = try #require(matrix["rows"]?.asList)
        for (index, row) in rows.enumerated() {
            let cells = try #require(row["cells"]?.asList)
            let findings = fixture.site.validations[index].findings
            #expect(cells.compactMap { $0["cellOpen"]?.asInt }.reduce(0, +) == findings.filter { $0.acceptance == nil }.count)
            #expect(cells.compactMap { $0["cellAccepted"]?.asInt }.reduce(0, +) == findings.filter { $0.acceptance != nil }.count)
        }
        let columns = try #require(matrix["columns"]?.asList)
        #expect(columns.prefix(fixture.site.policy.categories.count).compactMap { $0["title"]?.asString }
            == fixture.site.policy.categories.map(\.title))
    }

    @Test func tierPageShowsItsPolicyReviewsAndGaps() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let page = try fixture.page(SiteURLs.tier(.one))
        let policy = fixture.site.policy.tier(.one)
        let required = fixture.site.policy.categories.flatMap(\.items).filter { $0.isRequired(for: .one) }.count
        #expect(page.contains("<dt>Reviewers</dt><dd>at least \(policy.minReviewers)</dd>"))
        #expect(page.contains("<dt>Required checklist items</dt><dd>\(required) of"))
        #expect(page.contains("href=\"../reviews/alpha.html\""))
        #expect(!page.contains("href=\"../reviews/beta.html\""))
        let open = fixture.site.validations[0].findings.filter { $0.acceptance == nil }.count
        #expect(page.contains("Open gaps by rule (\(open))"))
        let tier3 = try fixture.page(SiteURLs.tier(.three))
        #expect(tier3.contains("href=\"../reviews/beta.html\""))
        #expect(fixture.pages[SiteURLs.tier(.two)]?.contains("No reviews of this tier.") == true)
    }
}
