import Foundation
import Testing
@testable import Readiness

@Suite struct CatalogLocationTests {
    @Test func followsTargetAndTargetsRelativeToTheLocationFile() {
        let result = CatalogFixtures.load("locations")
        #expect(result.files == [
            "catalog/index.yaml", "catalog/teams/a.yaml", "catalog/teams/b.yml",
            "more/single.yaml", "more/extras/x.yaml",
        ])
        #expect(result.catalog.entities.map(\.ref.description) == [
            "component:default/single", "group:default/team-a", "group:default/team-b",
            "location:default/back-to-index", "location:default/index", "location:default/optional-extras",
            "resource:default/extra-x",
        ])
        #expect(result.catalog[ref("location:index")]?.targets.count == 6)
    }

    @Test func cyclesAndRepeatsAreReadOnce() {
        // teams/a.yaml points back at index.yaml and again at b.yml: no duplicates, no loop.
        let result = CatalogFixtures.load("locations")
        #expect(result.diagnostics(CatalogRules.duplicateEntity).isEmpty)
        #expect(Set(result.files).count == result.files.count)
    }

    @Test func urlsAreSkippedAndMissingTargetsReported() {
        let result = CatalogFixtures.load("locations")
        #expect(result.summary == [
            "catalog/index.yaml:11:7 catalog-location-remote",
            "catalog/index.yaml:12:7 catalog-location-remote",
            "catalog/index.yaml:13:7 catalog-location-missing",
            "more/single.yaml:16:30 catalog-location-missing",
        ])
        #expect(result.diagnostics.map(\.severity) == [.note, .note, .error, .note])
        #expect(result.diagnostics[2].message.contains("catalog/teams/missing.yaml"))
    }

    @Test func targetsOutsideTheRootAreRejected() {
        let root = CatalogFixtures.root("outside/site")
        let result = CatalogLoader(root: root).load(folder: root.appendingPathComponent("catalog"))
        #expect(result.summary == [
            "catalog/escape.yaml:7:7 catalog-location-outside",
            "catalog/escape.yaml:8:7 catalog-location-outside",
        ])
        #expect(result.diagnostics.allSatisfy { $0.severity == .error })
        #expect(!result.catalog.contains(ref("group:should-not-load")))
        #expect(result.files == ["catalog/escape.yaml"])
    }

    @Test func symbolicLinksMayNotLeaveTheRoot() throws {
        let temporary = try CatalogFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let manager = FileManager.default
        let site = temporary.appendingPathComponent("site")
        let catalog = site.appendingPathComponent("catalog")
        try manager.createDirectory(at: catalog, withIntermediateDirectories: true)
        let secret = temporary.appendingPathComponent("secret.yaml")
        try Self.group("leaked").write(to: secret, atomically: true, encoding: .utf8)
        // A linked file found by the folder walk, and a Location target through a linked folder.
        try manager.createSymbolicLink(at: catalog.appendingPathComponent("linked.yaml"), withDestinationURL: secret)
        try manager.createSymbolicLink(at: site.appendingPathComponent("elsewhere"), withDestinationURL: temporary)
        let location = """
            apiVersion: backstage.io/v1alpha1
            kind: Location
            metadata:
              name: through-link
            spec:
              target: ../elsewhere/secret.yaml

            """
        try location.write(to: catalog.appendingPathComponent("index.yaml"), atomically: true, encoding: .utf8)
        // A link that stays inside the site is fine.
        try Self.group("inside").write(to: site.appendingPathComponent("inside.yaml"), atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(
            at: catalog.appendingPathComponent("zz-inside-link.yaml"),
            withDestinationURL: site.appendingPathComponent("inside.yaml"))

        let result = CatalogLoader(root: site).load(folder: catalog)
        #expect(result.summary == [
            "catalog/index.yaml:6:11 catalog-location-outside",
            "catalog/linked.yaml catalog-location-outside",
        ])
        #expect(!result.catalog.contains(ref("group:leaked")))
        #expect(result.catalog.contains(ref("group:inside")))
    }

    /// Found reviewing the loader for fuzzing: a glob target was expanded before the root check, so
    /// `/*/*` walked the machine and listed every path in diagnostics.
    @Test func globsOutsideTheRootAreNotExpanded() throws {
        let temporary = try CatalogFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let catalog = temporary.appendingPathComponent("site/catalog")
        try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
        for name in ["a", "b"] {
            try Data().write(to: temporary.appendingPathComponent("\(name)-outside.yaml"))
        }
        let location = """
            apiVersion: backstage.io/v1alpha1
            kind: Location
            metadata:
              name: globs
            spec:
              targets: ["/*/*", "../../*-outside.yaml"]

            """
        try location.write(to: catalog.appendingPathComponent("index.yaml"), atomically: true, encoding: .utf8)
        let result = CatalogLoader(root: temporary.appendingPathComponent("site")).load(folder: catalog)
        #expect(result.summary == [
            "catalog/index.yaml:6:13 catalog-location-outside",
            "catalog/index.yaml:6:21 catalog-location-outside",
        ])
        #expect(result.diagnostics.allSatisfy { !$0.message.contains("a-outside") })
    }

    static func group(_ name: String) -> String {
        """
        apiVersion: backstage.io/v1alpha1
        kind: Group
        metadata:
          name: \(name)
        spec:
          type: team
          children: []

        """
    }
}
