import Foundation
import Readiness
import Testing
@testable import SiteBuilder

/// An alert or a template change reported by many services names the first
/// few of them and counts the rest, so the lessons page stays small however
/// many retrospectives share an alert.
@Suite struct LessonsServicesTests {
    /// `count` launched reviews (svc-01…), each with a retrospective that
    /// reports one shared alert and proposes one shared template change.
    private static func lessonsPage(services count: Int) throws -> String {
        var files = ["site.yaml": "title: Lessons\ntoday: 2026-11-26\n"]
        for number in 1...count {
            let name = String(format: "svc-%02d", number)
            files["reviews/\(name).md"] = """
                ---
                service: \(name)
                tier: 3
                owner: group:team
                status: launched
                launch_date: 2026-06-01
                ---
                The \(name) review.

                """
            files["retrospectives/\(name).md"] = """
                ---
                service: \(name)
                date: 2026-07-10
                alerts:
                  - {name: SharedErrorRate, fired: 2, actionable: 1}
                template_changes:
                  - "Ask for each alert's expected firing rate"
                ---
                Looking back at \(name).

                """
        }
        let root = try FixtureFolder.write(files, prefix: "prr-lessons-services")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = SiteLoader.load(content: ContentFolder(root: root, displayRoot: "Content"))
        let page = SiteRenderer.render(site, layouts: try FixtureFolder.layouts()).first { $0.path == "retrospectives/lessons.html" }
        return try #require(page).html
    }

    private static func linked(_ number: Int, in html: String) -> Bool {
        html.contains(String(format: ">svc-%02d</a>", number))
    }

    @Test func manyServicesAreNamedUpToTheLimitAndCounted() throws {
        let shown = LessonsValues.servicesShown
        let html = try Self.lessonsPage(services: shown + 3)
        let alerts = RetrospectiveExpectations.section("lessons-alerts", in: html)
        let changes = RetrospectiveExpectations.section("lessons-template", in: html)
        for section in [alerts, changes] {
            #expect((1...shown).allSatisfy { Self.linked($0, in: section) })
            #expect(!Self.linked(shown + 1, in: section))
            #expect(section.contains("and 3 more"))
        }
        #expect(alerts.contains("<td>\(2 * (shown + 3))</td>"), "the counts still cover every service")
    }

    @Test func servicesWithinTheLimitAreAllNamed() throws {
        let html = try Self.lessonsPage(services: LessonsValues.servicesShown)
        #expect((1...LessonsValues.servicesShown).allSatisfy { Self.linked($0, in: html) })
        #expect(!html.contains(" more</span>"))
    }
}
