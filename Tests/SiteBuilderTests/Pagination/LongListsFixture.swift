import Foundation
import Readiness
@testable import SiteBuilder

/// A real content folder whose every long list has more rows than a small
/// `page_size`, loaded and rendered exactly as `prr build` does, with the
/// repository's layouts.
///
/// - `svc-1` … `svc-5` (tier 1, teams `team-1` … `team-5`): launched months ago with
///   no retrospective (overdue), each with an accepted risk that expires
///   within the warning window and one that has expired, over open gaps.
/// - `old-1` … `old-3`: retired, each with a retrospective (not in the
///   schedule) that gives a capacity estimate and an unanticipated incident.
///   `old-3`'s incident summary is markup that must come out escaped.
/// - `new-1` … `new-3` (team `team-3`, System `shop`): launched days ago, so
///   their retrospectives are coming up.
/// - `spare-1` … `spare-3` (team `team-2`): catalog Components without a
///   review. `spare-3`'s description is the same markup as `old-3`'s incident.
/// - `orders-api`, `stock-api` (APIs) and `orders-db` (a Resource), in
///   System `shop` beside `new-1` … `new-3`, so its APIs and resources page
///   too. `stock-api`'s title and `orders-db`'s description are markup.
///
/// `team-1` owns four reviews, `team-2` three unreviewed Components and
/// `team-3` three people, so their team pages' lists split too.
struct LongListsFixture {
    static let today = "2026-11-26"
    static let launched = (1...5).map { "svc-\($0)" }
    static let retired = (1...3).map { "old-\($0)" }
    static let recent = (1...3).map { "new-\($0)" }
    /// `old-3`'s incident summary, which lands on a later page of the
    /// incidents, and `spare-3`'s description, on later pages of the
    /// Components without a review.
    static let hostile = #"<script>alert(1)</script> & "q""#

    let root: URL
    let site: Site
    let pages: [String: String]
    /// What prr's link check says of the rendered site: every pager link must resolve.
    let linkProblems: [String]

    init(pageSize: Int) throws {
        var files = Self.files
        files["site.yaml"] = "title: Long lists\ntoday: \(Self.today)\npage_size: \(pageSize)\n"
        root = try FixtureFolder.write(files, prefix: "prr-long-lists")
        site = SiteLoader.load(content: ContentFolder(root: root, displayRoot: "Content"))
        let rendered = SiteRenderer.render(site, layouts: try FixtureFolder.layouts())
        pages = Dictionary(uniqueKeysWithValues: rendered.map { ($0.path, $0.html) })
        let others = SiteRenderer.dataFiles(site) + ReaderFiles.make(site, pagePaths: rendered.map(\.path))
        let baseURL = site.config.baseURL
        linkProblems = SiteLinks.check(
            site, pages: rendered.map { PageLinks($0, baseURL: baseURL) },
            otherFiles: others.map(\.path) + ["assets/style.css", "assets/search.js", "assets/favicon.svg"],
            layoutsDisplay: "Layouts"
        ).map(\.message)
    }

    enum FixtureError: Error { case missing(String) }

    func page(_ path: String) throws -> String {
        guard let page = pages[path] else { throw FixtureError.missing(path) }
        return page
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    private static func entity(
        _ kind: String, _ name: String, title: String? = nil, description: String? = nil, spec: String
    ) -> String {
        let fields = ["name: \(name)"] + [title.map { "title: '\($0)'" }, description.map { "description: '\($0)'" }]
            .compactMap { $0 }
        let metadata = "{\(fields.joined(separator: ", "))}"
        return "apiVersion: backstage.io/v1alpha1\nkind: \(kind)\nmetadata: \(metadata)\nspec: \(spec)\n"
    }

    private static var catalog: String {
        var entities = (1...5).map {
            entity("Group", "team-\($0)", spec: $0 == 3 ? "{type: team, children: [], members: [person-1, person-2, person-3]}"
                                                   : "{type: team, children: []}")
        }
        entities += (1...3).map { entity("User", "person-\($0)", spec: "{profile: {displayName: Person \($0)}, memberOf: []}") }
        entities += (1...5).map { entity("Component", "svc-\($0)", spec: "{type: service, lifecycle: production, owner: group:team-\($0)}") }
        entities += (1...3).map { entity("Component", "old-\($0)", spec: "{type: service, lifecycle: deprecated, owner: group:team-1}") }
        entities += (1...3).map { entity("Component", "new-\($0)", spec: "{type: service, lifecycle: production, owner: group:team-3, system: shop}") }
        entities += (1...3).map {
            entity("Component", "spare-\($0)", description: $0 == 3 ? hostile : nil,
                   spec: "{type: service, lifecycle: production, owner: group:team-2}")
        }
        entities.append(entity("System", "shop", spec: "{owner: group:team-3}"))
        entities.append(entity("API", "orders-api", spec: "{type: openapi, lifecycle: production, owner: group:team-3, system: shop}"))
        entities.append(entity("API", "stock-api", title: hostile, spec: "{type: openapi, lifecycle: production, owner: group:team-3, system: shop}"))
        entities.append(entity("Resource", "orders-db", description: hostile, spec: "{type: database, owner: group:team-3, system: shop}"))
        return entities.joined(separator: "---\n")
    }

    private static func launchedReview(_ number: Int) -> String {
        """
        ---
        service: svc-\(number)
        title: Service \(number)
        tier: 1
        owner: group:team-\(number)
        status: launched
        review_date: 2026-0\(number)-01
        launch_date: 2026-0\(number)-15
        risks:
          - {item: capacity.load-testing, reason: "Booked", accepted_by: user:vp, expires: 2026-12-0\(number)}
          - {item: security.threat-model, reason: "Old waiver", accepted_by: user:ciso, expires: 2026-10-0\(number)}
        ---
        # Service \(number)

        ## Capacity and scaling
        - [ ] Load testing performed

        ## Security and compliance
        - [ ] Threat model exists

        """
    }

    /// Launched in the week before `today`: its retrospective is due within the policy's 30 days.
    private static func recentReview(_ number: Int) -> String {
        """
        ---
        service: new-\(number)
        title: New service \(number)
        tier: 2
        owner: group:team-3
        status: launched
        review_date: 2026-11-1\(number)
        launch_date: 2026-11-2\(number)
        ---
        # New service \(number)

        """
    }

    private static func retiredReview(_ number: Int) -> String {
        """
        ---
        service: old-\(number)
        title: Old service \(number)
        tier: 3
        owner: group:team-1
        status: retired
        review_date: 2025-0\(number)-01
        ---
        # Old service \(number)

        """
    }

    private static func retrospective(_ number: Int) -> String {
        """
        ---
        service: old-\(number)
        date: 2025-0\(number + 6)-01
        capacity: {expected_peak_rps: \(100 * number), actual_peak_rps: \(150 * number)}
        incidents:
          - {id: INC-\(number), anticipated: false, summary: '\(number == 3 ? hostile : "Outage \(number)")'}
        ---
        Looking back at old-\(number).

        """
    }

    static var files: [String: String] {
        var files = ["catalog/components.yaml": catalog]
        for number in 1...5 { files["reviews/svc-\(number).md"] = launchedReview(number) }
        for number in 1...3 {
            files["reviews/new-\(number).md"] = recentReview(number)
            files["reviews/old-\(number).md"] = retiredReview(number)
            files["retrospectives/old-\(number).md"] = retrospective(number)
        }
        return files
    }
}
