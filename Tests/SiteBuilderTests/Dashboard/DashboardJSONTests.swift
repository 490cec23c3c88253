import Foundation
import Readiness
import Testing
@testable import SiteBuilder

/// `reviews.json` and `gaps.json` parse, carry their schema versions and the
/// counts the findings give, and keep hostile strings intact.
@Suite struct DashboardJSONTests {
    @Test func reviewsJSONHasTheSchemaAndEachReviewsCounts() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let json = try fixture.json(SiteURLs.reviewsJSON)
        #expect(json["schema"] as? String == "prr.reviews/1")
        #expect(json["generated_for"] as? String == DashboardFixture.today)
        let reviews = try #require(json["reviews"] as? [[String: Any]])
        #expect(reviews.compactMap { $0["service"] as? String } == ["alpha", "beta"])
        for (index, review) in reviews.enumerated() {
            let findings = fixture.site.validations[index].findings
            #expect(review["open_findings"] as? Int == findings.filter { $0.acceptance == nil }.count)
            #expect(review["accepted_findings"] as? Int == findings.filter { $0.acceptance != nil }.count)
            let categories = try #require(review["categories"] as? [[String: Any]])
            #expect(categories.compactMap { $0["id"] as? String } == fixture.site.policy.categories.map(\.id))
        }
        #expect(reviews[0]["readiness"] as? String == "not-ready")
        #expect(reviews[0]["tier"] as? Int == 1)
        #expect(reviews[0]["owner"] as? String == "group:team-a")
        #expect(reviews[0]["url"] as? String == "reviews/alpha.html")
        #expect(reviews[0]["file"] as? String == "Content/reviews/alpha.md")
        // Quotes, angle brackets, ampersands and backslashes survive the round trip.
        #expect(reviews[1]["title"] as? String == DashboardFixture.hostileTitle)
    }

    @Test func gapsJSONListsEveryFindingOpenAndAccepted() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let json = try fixture.json(SiteURLs.gapsJSON)
        #expect(json["schema"] as? String == "prr.gaps/1")
        #expect(json["open_count"] as? Int == fixture.openFindings.count)
        #expect(json["accepted_count"] as? Int == fixture.acceptedFindings.count)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == fixture.allFindings.count)
        #expect(findings.filter { $0["accepted"] as? Bool == false }.count == fixture.openFindings.count)
        let accepted = try #require(findings.first { $0["accepted"] as? Bool == true })
        #expect(accepted["item"] as? String == "capacity.load-testing")
        let acceptance = try #require(accepted["acceptance"] as? [String: Any])
        #expect(acceptance["by"] as? String == "user:vp")
        #expect(acceptance["until"] as? String == "2026-12-10")
        let capacity = try #require(fixture.site.validations[0].categoryAnchors["capacity"])
        #expect(accepted["url"] as? String == "reviews/alpha.html#\(capacity)")
        // The same findings, in the same order, as the validator reports them.
        #expect(findings.compactMap { $0["rule"] as? String } == fixture.allFindings.map(\.rule.id))
        #expect(findings.compactMap { $0["message"] as? String } == fixture.allFindings.map(\.message))
    }

    @Test func jsonIsDeterministic() throws {
        let first = try DashboardFixture()
        defer { first.remove() }
        let again = SiteRenderer.dataFiles(first.site)
        #expect(again.map(\.html) == [first.dataFiles[SiteURLs.reviewsJSON], first.dataFiles[SiteURLs.gapsJSON]])
        #expect(first.dataFiles[SiteURLs.gapsJSON]?.hasSuffix("}\n") == true)
    }
}
