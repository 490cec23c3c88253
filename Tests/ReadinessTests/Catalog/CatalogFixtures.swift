import Foundation
@testable import Readiness

/// The catalog fixture sites under `Tests/ReadinessTests/Fixtures/catalog/`.
enum CatalogFixtures {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/catalog")

    /// A fixture site's root.
    static func root(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// Loads `<site>/catalog` with the site as root.
    static func load(_ name: String, extraPaths: [String] = []) -> CatalogLoadResult {
        let root = root(name)
        return CatalogLoader(root: root).load(
            folder: root.appendingPathComponent("catalog"),
            extraPaths: extraPaths.map { root.appendingPathComponent($0) })
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("prr-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension CatalogLoadResult {
    /// The diagnostics with one rule id.
    func diagnostics(_ rule: String) -> [Diagnostic] { diagnostics.filter { $0.ruleID == rule } }

    /// `file:line:column rule` for each diagnostic, for compact assertions.
    var summary: [String] { diagnostics.map { "\($0.location) \($0.ruleID)" } }
}

/// Shorthand for a reference known to be valid in a test.
func ref(_ text: String, _ defaultKind: String? = nil) -> EntityRef {
    EntityRef(text, defaultKind: defaultKind) ?? EntityRef(kind: "invalid", name: "invalid")
}
