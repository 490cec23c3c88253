import Foundation
import Testing
@testable import Readiness

/// A large catalog loads and answers questions. No timing assertions (CI
/// machines vary); the code keeps to dictionaries built once, so this stays
/// roughly linear in the number of entities.
@Suite struct CatalogScaleTests {
    static let teams = 200
    static let usersPerTeam = 20
    static let componentsPerTeam = 78  // 200 × (group + 20 users + 78 components + database) + 10 systems

    @Test func twentyThousandEntities() throws {
        let site = try CatalogFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let catalogFolder = site.appendingPathComponent("catalog")
        try FileManager.default.createDirectory(at: catalogFolder, withIntermediateDirectories: true)
        for team in 0..<Self.teams {
            try Self.teamFile(team).write(
                to: catalogFolder.appendingPathComponent("team-\(team).yaml"), atomically: true, encoding: .utf8)
        }

        let result = CatalogLoader(root: site).load(folder: catalogFolder)
        #expect(result.diagnostics.count == 0, "first: \(result.summary.first ?? "")")
        let catalog = result.catalog
        #expect(catalog.count == Self.teams * (2 + Self.usersPerTeam + Self.componentsPerTeam) + 10)
        #expect(catalog.componentsOwned(by: ref("group:team-7")).count == Self.componentsPerTeam)
        #expect(catalog.members(of: ref("group:team-0"), transitive: true).count == Self.teams * Self.usersPerTeam)
        #expect(catalog.isMember(ref("user:u-199-19"), of: ref("group:team-0")))
        #expect(catalog.dependents(of: ref("component:c-0-0")).count == Self.teams - 1)
    }

    /// One team: its group (a child of team-0), users, components and database;
    /// the first ten teams also own a system.
    static func teamFile(_ team: Int) -> String {
        var text = """
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata:
              name: team-\(team)
            spec:
              type: team
              \(team == 0 ? "" : "parent: team-0")
              children: []
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Resource
            metadata:
              name: db-\(team)
            spec:
              type: database
              owner: team-\(team)

            """
        if team < 10 {
            text += """
                ---
                apiVersion: backstage.io/v1alpha1
                kind: System
                metadata:
                  name: sys-\(team)
                spec:
                  owner: team-\(team)

                """
        }
        for user in 0..<usersPerTeam {
            text += """
                ---
                apiVersion: backstage.io/v1alpha1
                kind: User
                metadata:
                  name: u-\(team)-\(user)
                spec:
                  memberOf: [team-\(team)]

                """
        }
        for component in 0..<componentsPerTeam {
            let dependency = team > 0 && component == 0 ? "component:c-0-0" : "resource:db-\(team)"
            text += """
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: c-\(team)-\(component)
                spec:
                  type: service
                  lifecycle: production
                  owner: team-\(team)
                  system: sys-\(team % 10)
                  dependsOn: [\(dependency)]

                """
        }
        return text
    }
}
