import Foundation
import Testing
@testable import Readiness

@Suite struct FileStampsTests {
    private func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("prr-stamps-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("reviews/2024"), withIntermediateDirectories: true)
        try Data("a".utf8).write(to: root.appendingPathComponent("reviews/a.md"))
        return root
    }

    private func stamps(_ root: URL, skipping: Bool) -> [FileStamp] {
        FileStamps.below(root, prefix: "content", skippingFile: skipping ? { $0.hasSuffix("~") } : nil)
    }

    @Test func skippedFilesChangeNothingAndEveryOtherChangeIsSeen() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = stamps(root, skipping: true)
        let unskippedBefore = stamps(root, skipping: false)
        // The folder's modification time moves with a skipped file too.
        Thread.sleep(forTimeInterval: 0.02)
        try Data("b".utf8).write(to: root.appendingPathComponent("reviews/a.md~"))
        #expect(stamps(root, skipping: true) == before)
        #expect(stamps(root, skipping: false) != unskippedBefore)

        try Data("c".utf8).write(to: root.appendingPathComponent("reviews/2024/b.md"))
        let added = stamps(root, skipping: true)
        #expect(added != before)
        try Data("cc".utf8).write(to: root.appendingPathComponent("reviews/2024/b.md"))
        #expect(stamps(root, skipping: true) != added)
        try FileManager.default.moveItem(
            at: root.appendingPathComponent("reviews/2024/b.md"), to: root.appendingPathComponent("reviews/b.md"))
        #expect(stamps(root, skipping: true).map(\.path) == [
            "content", "content/reviews", "content/reviews/2024", "content/reviews/a.md", "content/reviews/b.md",
        ])
    }
}
