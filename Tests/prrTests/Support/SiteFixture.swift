import Foundation

/// A throwaway site folder: a copy of the example `Content/` and `Layouts/`
/// (or parts of it) that a test can break without touching the repository.
struct SiteFixture {
    let root: URL

    init(copyExample: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("prr-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if copyExample {
            for folder in ["Content", "Layouts"] {
                try FileManager.default.copyItem(
                    at: PRRProcess.packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
            }
        }
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func write(_ relative: String, _ text: String) throws {
        let file = url(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: url(relative).path) }

    /// Every file below a folder with its bytes, for comparing whole trees.
    func snapshot(_ relative: String) throws -> [String: Data] {
        try Self.snapshot(of: url(relative))
    }

    /// Every file below any folder with its bytes.
    static func snapshot(of base: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
        while let file = enumerator?.nextObject() as? URL {
            guard (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[String(file.path.dropFirst(base.path.count))] = try Data(contentsOf: file)
        }
        return files
    }

    @discardableResult
    func prr(_ arguments: [String]) throws -> PRRProcess.Result {
        try PRRProcess.run(arguments, in: root)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
