import Foundation
import Readiness
@testable import SiteBuilder

/// What the content-folder fixtures share: their files written to a fresh
/// temporary folder, and the loaded site rendered with the repository's own
/// layouts, exactly as `prr build` does.
enum FixtureFolder {
    enum Failure: Error { case layouts([String]) }

    /// Writes `files` (paths relative to the folder) under a new temporary
    /// folder named `<prefix>-<UUID>`, and returns the folder.
    static func write(_ files: [String: String], prefix: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        for (path, text) in files {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return root
    }

    /// The repository's `Layouts/`, loaded.
    static func layouts() throws -> LayoutSet {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Layouts")
        let (layouts, diagnostics) = LayoutSet.load(from: folder, displayPath: "Layouts")
        guard let layouts else { throw Failure.layouts(diagnostics.map(\.message)) }
        return layouts
    }

    /// Every page of `site` rendered with the repository's layouts, by path.
    static func render(_ site: Site) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: SiteRenderer.render(site, layouts: try layouts()).map { ($0.path, $0.html) })
    }
}
