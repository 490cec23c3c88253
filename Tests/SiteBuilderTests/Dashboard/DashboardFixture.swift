import Foundation
import Readiness
@testable import SiteBuilder

/// A small real content folder written to a temporary directory, loaded and
/// rendered exactly as `prr build` does, with the repository's own layouts.
///
/// `alpha` (tier 1, in review) has open gaps, one accepted risk expiring in
/// 14 days and one expired risk; `beta` (tier 3, draft) has a hostile title;
/// `gamma` is a catalog Component with no review.
struct DashboardFixture {
    static let today = "2026-11-26"

    let root: URL
    let site: Site
    let pages: [String: String]
    let dataFiles: [String: String]

    init() throws {
        root = try FixtureFolder.write(Self.files, prefix: "prr-dashboard")
        site = SiteLoader.load(content: ContentFolder(root: root, displayRoot: "Content"))
        pages = try FixtureFolder.render(site)
        dataFiles = Dictionary(uniqueKeysWithValues: SiteRenderer.dataFiles(site).map { ($0.path, $0.html) })
    }

    enum FixtureError: Error { case missing(String) }

    func page(_ path: String) throws -> String {
        guard let page = pages[path] else { throw FixtureError.missing(path) }
        return page
    }

    func json(_ path: String) throws -> [String: Any] {
        guard let text = dataFiles[path],
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        else { throw FixtureError.missing(path) }
        return object
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    // MARK: - Independent counts, straight from the findings

    var allFindings: [Finding] { site.validations.flatMap(\.findings) }
    var openFindings: [Finding] { allFindings.filter { $0.acceptance == nil } }
    var acceptedFindings: [Finding] { allFindings.filter { $0.acceptance != nil } }

    static let hostileTitle = #"Beta <script>alert("x")</script> & 'quotes' \ "#

    static let files: [String: String] = [
        "site.yaml": "title: Dashboard test\ntoday: \(today)\n",
        "catalog/components.yaml": """
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata: {name: team-a}
            spec: {type: team, children: []}
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata: {name: team-b}
            spec: {type: team, children: []}
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata: {name: alpha}
            spec: {type: service, lifecycle: production, owner: group:team-a}
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata: {name: beta}
            spec: {type: service, lifecycle: production, owner: group:team-b}
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata: {name: gamma}
            spec: {type: service, lifecycle: production, owner: group:team-b}

            """,
        "reviews/alpha.md": """
            ---
            service: alpha
            title: Alpha launch
            tier: 1
            owner: group:team-a
            status: in-review
            review_date: 2026-11-01
            reviewers:
              - {ref: user:sam, role: sre, verdict: approved, date: 2026-11-02}
            slos: [{name: availability, objective: "99.9%", window: 28d}]
            alerts: [{name: HighErrors, slo: availability, pages: alpha-oncall}]
            risks:
              - {item: capacity.load-testing, reason: "Booked for December", accepted_by: user:vp, expires: 2026-12-10}
              - {item: security.threat-model, reason: "Old waiver", accepted_by: user:ciso, expires: 2026-10-01}
            ---
            # Alpha

            ## Monitoring and alerting
            - [x] SLOs defined for the service

            ## Capacity and scaling
            - [ ] Load testing performed

            ## Security and compliance
            - [ ] Threat model exists

            """,
        "reviews/beta.md": """
            ---
            service: beta
            title: '\(hostileTitle.replacingOccurrences(of: "'", with: "''"))'
            tier: 3
            owner: group:team-b
            status: draft
            ---
            # Beta

            ## Monitoring and alerting
            - [ ] SLOs defined for the service

            """,
    ]
}
