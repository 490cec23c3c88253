import Foundation
import Readiness
@testable import SiteBuilder

/// A small real content folder — a catalog with a team, its child group, a
/// system and three Components, two of them reviewed — written to a
/// temporary folder, loaded and rendered with the repository's layouts.
struct CatalogSiteFixture {
    let site: Site
    let pages: [String: String]

    static let catalog = """
        apiVersion: backstage.io/v1alpha1
        kind: Group
        metadata: {name: shop-team, description: Runs the shop.}
        spec:
          type: team
          profile: {displayName: Shop Team, email: shop@example.com}
          children: [group:shop-infra]
          members: [user:ann]
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Group
        metadata: {name: shop-infra}
        spec:
          type: team
          parent: group:shop-team
          profile: {displayName: Shop Infrastructure}
          children: []
        ---
        apiVersion: backstage.io/v1alpha1
        kind: User
        metadata: {name: ann}
        spec:
          profile: {displayName: Ann Direct, email: ann@example.com}
          memberOf: [group:shop-team]
        ---
        apiVersion: backstage.io/v1alpha1
        kind: User
        metadata: {name: bob}
        spec:
          profile: {displayName: Bob Viachild, email: bob@example.com}
          memberOf: [group:shop-infra]
        ---
        apiVersion: backstage.io/v1alpha1
        kind: System
        metadata: {name: shop, description: Everything the shop runs on.}
        spec: {owner: group:shop-team}
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: alpha-api
          description: The front door.
          annotations:
            github.com/project-slug: example/alpha-api
          links:
            - {url: "javascript:alert(1)", title: Evil link}
            - {url: "https://runbooks.example.com/alpha", title: Alpha runbook}
        spec:
          type: service
          lifecycle: production
          owner: group:shop-team
          system: shop
          dependsOn: [component:beta-api, resource:alpha-db]
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata: {name: beta-api}
        spec: {type: service, lifecycle: production, owner: group:shop-team, system: shop}
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata: {name: gamma-worker, description: Nobody reviewed me.}
        spec: {type: service, lifecycle: production, owner: group:shop-team, system: shop}
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Resource
        metadata: {name: alpha-db}
        spec: {type: database, owner: group:shop-team, system: shop}
        """

    static func review(_ service: String, dependencies: String = "") -> String {
        """
        ---
        service: \(service)
        title: \(service) review
        tier: 3
        owner: group:shop-team
        status: draft
        review_date: 2026-11-01
        \(dependencies)
        ---
        # \(service)

        ## Monitoring and alerting
        - [x] Dashboards — [Grafana](https://grafana.example.com/\(service))
        """
    }

    /// `extraCatalog` is appended to the catalog as more YAML documents.
    init(extraCatalog: String = "") throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("prr-catalog-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "catalog/catalog.yaml": Self.catalog + extraCatalog,
            "reviews/alpha-api.md": Self.review("alpha-api", dependencies: """
                dependencies:
                  - {ref: component:beta-api, on_failure: "Serve cached answers", timeout_ms: 100}
                """),
            "reviews/beta-api.md": Self.review("beta-api"),
            "site.yaml": "title: Test shop\ntoday: 2026-11-26\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        site = SiteLoader.load(content: ContentFolder(root: root, displayRoot: "Content"))
        let (layouts, diagnostics) = LayoutSet.load(from: Self.repositoryRoot.appendingPathComponent("Layouts"), displayPath: "Layouts")
        guard let layouts else { throw FixtureError.layouts(diagnostics.map(\.message)) }
        pages = Dictionary(SiteRenderer.render(site, layouts: layouts).map { ($0.path, $0.html) }, uniquingKeysWith: { first, _ in first })
    }

    /// The rendered page at a path, or a failure naming it.
    func page(_ path: String) throws -> String {
        guard let html = pages[path] else { throw FixtureError.missingPage(path) }
        return html
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    enum FixtureError: Error {
        case layouts([String])
        case missingPage(String)
    }
}
