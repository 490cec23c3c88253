import Foundation
import Testing
@testable import Readiness

/// `ContentFolder.entry` answers plain files and folders with one `lstat`;
/// it must agree with Foundation's full resolution on every kind of entry.
@Suite struct ContentFolderEntryTests {
    /// A content folder with plain files, nested folders, links inside and
    /// outside, a broken link and a FIFO, reached both directly and through
    /// a linked folder.
    private static func makeTree() throws -> (base: URL, content: URL) {
        let manager = FileManager.default
        let base = manager.temporaryDirectory.appendingPathComponent("prr-entry-\(UUID().uuidString)")
        let content = base.appendingPathComponent("site/Content")
        let reviews = content.appendingPathComponent("reviews")
        try manager.createDirectory(at: reviews.appendingPathComponent("team/nested"), withIntermediateDirectories: true)
        try manager.createDirectory(at: base.appendingPathComponent("outside"), withIntermediateDirectories: true)
        for file in ["a.md", "b.MARKDOWN", "notes.txt", "team/c.md", "team/nested/d.md"] {
            try Data("x".utf8).write(to: reviews.appendingPathComponent(file))
        }
        try Data("x".utf8).write(to: base.appendingPathComponent("outside/e.md"))
        try manager.createSymbolicLink(atPath: reviews.appendingPathComponent("link.md").path, withDestinationPath: "a.md")
        try manager.createSymbolicLink(atPath: reviews.appendingPathComponent("linked-team").path, withDestinationPath: "team")
        try manager.createSymbolicLink(
            atPath: reviews.appendingPathComponent("out.md").path, withDestinationPath: "../../../outside/e.md")
        try manager.createSymbolicLink(atPath: reviews.appendingPathComponent("broken.md").path, withDestinationPath: "missing.md")
        _ = mkfifo(reviews.appendingPathComponent("pipe.md").path, 0o600)
        // The whole site also reached through a link, so folder paths hold one.
        try manager.createSymbolicLink(atPath: base.appendingPathComponent("alias").path, withDestinationPath: "site")
        return (base, content)
    }

    @Test func plainEntriesResolveAsFoundationResolvesThem() throws {
        let (base, content) = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: base) }
        let aliased = base.appendingPathComponent("alias/Content")
        var checked = 0
        for root in [content, aliased] {
            for folder in ["reviews", "reviews/team", "reviews/team/nested", "reviews/linked-team"] {
                let url = root.appendingPathComponent(folder)
                let resolved = url.resolvingSymlinksInPath().path
                for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
                    let entry = url.appendingPathComponent(name)
                    #expect(ContentFolder.entry(entry.path, name: name, inFolderResolvedAs: resolved)
                        == ContentFolder.slowEntry(entry), "\(folder)/\(name)")
                    checked += 1
                }
            }
        }
        #expect(checked > 20)
    }

    @Test func extensionsSelectTheFilesURLSelects() {
        // Hidden names (`..md`) are skipped before their extension is read.
        let names = ["a.md", "a.MD", "a.Markdown", "a", "a.", "a.b.md", "a.md.txt", "a..md", "a b.md", "é.MD",
                     "a.m d", "a.md ", "md", "a.mdx", "a.markdown~"]
        for name in names {
            let foundation = URL(fileURLWithPath: "/x/" + name).pathExtension.lowercased()
            #expect(["md", "markdown"].contains(ContentFolder.pathExtension(of: name))
                == ["md", "markdown"].contains(foundation), "\(name)")
        }
    }

    @Test func listingKeepsLinksInsideAndReportsTheRest() throws {
        let (base, content) = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: base) }
        let listing = ContentFolder(root: content, displayRoot: "Content").files(in: "reviews", extensions: ["md", "markdown"])
        #expect(listing.files.map(\.path) == [
            "Content/reviews/a.md", "Content/reviews/b.MARKDOWN", "Content/reviews/link.md",
            "Content/reviews/linked-team/c.md", "Content/reviews/linked-team/nested/d.md", "Content/reviews/pipe.md",
        ])
        #expect(listing.diagnostics.map(\.ruleID) == ["unreadable-file", "symlink-outside", "symlink-loop"])
        #expect(listing.diagnostics.map(\.location.file) == [
            "Content/reviews/broken.md", "Content/reviews/out.md", "Content/reviews/team",
        ])
    }
}
