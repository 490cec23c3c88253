import Foundation
import Testing

@Suite struct NewCommandTests {
    @Test func newReviewListsTheTiersRequiredItemsUnchecked() throws {
        let site = try SiteFixture(copyExample: false)
        defer { site.remove() }
        try site.prr(["init", "-q"])
        let created = try site.prr(["new", "payments-api", "--tier", "2", "--owner", "group:example-team"])
        #expect(created.status == 0, "\(created.stderr)")
        let text = try site.read("Content/reviews/payments-api.md")
        #expect(text.contains("tier: 2"))
        #expect(text.contains("- [ ] Distributed tracing instrumentation"))
        let check = try site.prr(["check", "--format", "json"])
        #expect(check.status == 0, "drafts only warn: \(check.stderr)")
        let unchecked = check.stdout.components(separatedBy: "checklist-item-unchecked").count - 1
        #expect(check.stdout.contains("`Latency dashboards (p50, p99, p99.9)` is required for Tier 2"))
        #expect(check.stdout.contains("`Load testing performed` is required for Tier 2"))
        // Tier 2 does not require tracing: it is listed, but not reported.
        #expect(!check.stdout.contains("`Distributed tracing instrumentation` is required"))
        #expect(unchecked >= 20, "expected every tier-2 item unchecked, found \(unchecked)")
    }

    @Test func newRefusesAnExistingReviewAndBadNames() throws {
        let site = try SiteFixture(copyExample: false)
        defer { site.remove() }
        try site.prr(["init", "-q"])
        #expect(try site.prr(["new", "payments-api", "--owner", "group:example-team"]).status == 0)
        let before = try site.read("Content/reviews/payments-api.md")
        let again = try site.prr(["new", "payments-api", "--owner", "group:example-team", "--title", "Other"])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists"))
        #expect(try site.read("Content/reviews/payments-api.md") == before)
        let escape = try site.prr(["new", "../x", "--owner", "group:example-team"])
        #expect(escape.status != 0)
        #expect(escape.stderr.contains("not a valid service name"))
        #expect(!site.exists("Content/x.md") && !site.exists("Content/reviews/../x.md"))
    }

    @Test func newTakesTierAndOwnerFromTheCatalog() throws {
        let site = try SiteFixture(copyExample: false)
        defer { site.remove() }
        try site.prr(["init", "-q"])
        try FileManager.default.removeItem(at: site.url("Content/reviews/example-service.md"))
        let result = try site.prr(["new", "example-service", "--tier", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("the catalog says tier 3"))
        let text = try site.read("Content/reviews/example-service.md")
        #expect(text.contains("tier: 3") && text.contains("owner: group:example-team"))
    }

    @Test func newRetrospectiveIsPrefilledFromTheReview() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let exists = try site.prr(["new", "retrospective", "payments-api"])
        #expect(exists.status != 0 && exists.stderr.contains("already exists"))
        let missing = try site.prr(["new", "retrospective", "no-such-service"])
        #expect(missing.status != 0 && missing.stderr.contains("has no review"))
        let result = try site.prr(["new", "retrospective", "checkout-api"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try site.read("Content/retrospectives/checkout-api.md")
        let review = try site.read("Content/reviews/checkout-api.md")
        #expect(text.contains("service: checkout-api"))
        #expect(text.contains("date: 2026-11-26"), "site.yaml pins today")
        #expect(text.contains("expected_peak_rps: 2400") && review.contains("expected_peak_rps: 2400"))
        for name in ["CheckoutAvailabilityBudgetBurn", "PlaceOrderLatencyBudgetBurn"] {
            #expect(review.contains(name))
            #expect(text.contains("{name: \"\(name)\", fired: 0, actionable: 0}"))
        }
        #expect(text.contains("incidents: []") && text.contains("template_changes: []"))
        for section in ["## What went well", "## What surprised us", "## Follow-ups"] { #expect(text.contains(section)) }
        let again = try site.prr(["new", "retrospective", "checkout-api"])
        #expect(again.status != 0)
    }
}
