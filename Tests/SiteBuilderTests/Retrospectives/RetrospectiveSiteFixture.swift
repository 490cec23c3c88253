import Foundation
import Readiness
@testable import SiteBuilder

/// A small real content folder with launched reviews and retrospectives,
/// written to a temporary directory, loaded with a pinned today and
/// rendered with the repository's layouts, exactly as `prr build` does.
///
/// - `alpha`: launched 2026-09-01, two retrospectives (2026-09-20, an
///   under-estimate 1500 vs 1200; 2026-10-05, 1040 vs 1200 with a hostile
///   unanticipated incident).
/// - `beta`: launched 2026-10-01, no retrospective: overdue.
/// - `gamma`: launched 2026-11-20, no retrospective: upcoming.
struct RetrospectiveSiteFixture {
    static let today = "2026-11-26"
    static let hostile = #"<script>alert("x")</script> & 'q'"#

    let root: URL
    let site: Site
    let pages: [String: String]

    init() throws {
        root = try FixtureFolder.write(Self.files, prefix: "prr-retro")
        guard let today = Day(Self.today) else { throw FixtureError.missing("today") }
        site = SiteLoader.load(content: ContentFolder(root: root, displayRoot: "Content"), options: .init(today: today))
        pages = try FixtureFolder.render(site)
    }

    enum FixtureError: Error { case missing(String) }

    func page(_ path: String) throws -> String {
        guard let page = pages[path] else { throw FixtureError.missing(path) }
        return page
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    static func review(_ name: String, launched: String, alerts: String, capacity: String, dependencies: String) -> String {
        """
        ---
        service: \(name)
        title: \(name.capitalized) launch
        tier: 2
        owner: group:team-a
        status: launched
        review_date: 2026-08-01
        launch_date: \(launched)
        alerts: \(alerts)
        capacity: \(capacity)
        dependencies: \(dependencies)
        ---
        # \(name)

        ## Capacity and scaling
        - [x] Load testing performed — [report](https://example.com/load)

        """
    }

    static let files: [String: String] = [
        "site.yaml": "title: Retrospective test\n",
        "reviews/alpha.md": review(
            "alpha", launched: "2026-09-01",
            alerts: "[{name: AlphaErrors, slo: availability, pages: alpha-oncall}, {name: AlphaLatency, slo: latency, pages: alpha-oncall}, {name: AlphaQuiet, pages: alpha-oncall}]",
            capacity: "{expected_peak_rps: 1200, load_tested_rps: 1300}",
            dependencies: "[{ref: resource:alpha-db, on_failure: \"Requests fail closed with 503\"}, {ref: resource:alpha-cache}]"),
        "reviews/beta.md": review("beta", launched: "2026-10-01", alerts: "[]", capacity: "{expected_peak_rps: 100}", dependencies: "[]"),
        "reviews/gamma.md": review("gamma", launched: "2026-11-20", alerts: "[]", capacity: "{expected_peak_rps: 100}", dependencies: "[]"),
        "retrospectives/alpha-first.md": """
            ---
            service: alpha
            date: 2026-09-20
            capacity: {expected_peak_rps: 1200, actual_peak_rps: 1500}
            alerts:
              - {name: AlphaErrors, fired: 5, actionable: 1}
            runbooks_accurate: true
            ---
            First look.

            """,
        "retrospectives/alpha.md": """
            ---
            service: alpha
            date: 2026-10-05
            capacity: {expected_peak_rps: 1200, actual_peak_rps: 1040}
            alerts:
              - {name: AlphaErrors, fired: 2, actionable: 2}
              - {name: AlphaLatency, fired: 3, actionable: 1}
            incidents:
              - {id: INC-1, anticipated: true, summary: "The database failed over as designed"}
              - id: INC-2
                anticipated: false
                summary: '\(hostile.replacingOccurrences(of: "'", with: "''"))'
            runbooks_accurate: false
            template_changes:
              - "Add an item: Load testing performed"
              - "Ask teams to list shared batch windows"
            ---
            ## What surprised us

            The *second* retrospective.

            """,
    ]
}
