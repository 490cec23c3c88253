import Foundation
import Readiness
import Testing
@testable import SiteBuilder

/// `prr build` keeps rendered bodies in a spill file; the site it writes is
/// the one it writes with the bodies in memory, byte for byte, and a spill
/// file it cannot make changes nothing.
@Suite struct BodySpillBuildTests {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Builds the example site into `root/<output>` and returns its files by path.
    private func build(into root: URL, output: String, spillFolder: URL?) throws -> [String: Data] {
        var options = SiteBuild.Options(
            content: ContentFolder(root: Self.repository.appendingPathComponent("Content"), displayRoot: "Content"),
            layouts: Self.repository.appendingPathComponent("Layouts"), layoutsDisplay: "Layouts",
            output: root.appendingPathComponent(output), loader: SiteLoader.Options(today: Day("2026-11-26")))
        options.bodySpillFolder = spillFolder
        let result = SiteBuild.build(options)
        #expect(result.published, "\(result.failure ?? "") \(result.diagnostics.filter { $0.severity == .error })")
        let folder = root.appendingPathComponent(output)
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            if !isFolder.boolValue { files[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
        }
        return files
    }

    @Test func spillingWritesTheSiteKeepingBodiesInMemoryWrites() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("prr-spill-\(UUID().uuidString)")
        let spill = root.appendingPathComponent("spill")
        try FileManager.default.createDirectory(at: spill, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }

        let inMemory = try build(into: root, output: "memory", spillFolder: nil)
        let spilled = try build(into: root, output: "spilled", spillFolder: spill)
        let unmade = try build(into: root, output: "unmade", spillFolder: root.appendingPathComponent("missing/folder"))

        #expect(inMemory.count > 40)
        #expect(inMemory.keys.contains("search-index.json"))
        for (name, files) in [("spilled", spilled), ("no spill file", unmade)] {
            #expect(files.keys.sorted() == inMemory.keys.sorted(), "\(name): other files")
            for (path, data) in inMemory where files[path] != data {
                Issue.record("\(name): \(path) differs from the in-memory build's")
            }
        }
        // The spill file had no name, so nothing is left of it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: spill.path).isEmpty)
    }
}
