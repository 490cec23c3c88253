import Foundation
import Readiness
import Testing
@testable import SiteBuilder

/// `prr serve` previews the site from memory; every file it serves must be
/// the file `prr build` writes, before and after edits.
@Suite struct SitePreviewTests {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of the example site, and an output folder beside it.
    private struct Workspace {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("prr-preview-\(UUID().uuidString)")
        var content: URL { root.appendingPathComponent("Content") }

        init() throws {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: SitePreviewTests.repository.appendingPathComponent("Content"), to: content)
        }

        func options(output: String) -> SiteBuild.Options {
            SiteBuild.Options(
                content: ContentFolder(root: content, displayRoot: "Content"),
                layouts: SitePreviewTests.repository.appendingPathComponent("Layouts"), layoutsDisplay: "Layouts",
                output: root.appendingPathComponent(output), loader: SiteLoader.Options(today: Day("2026-11-26")))
        }

        /// Replaces text in a content file and dates it back, so the parse
        /// cache may keep it (an age no copied file has by chance).
        func edit(_ path: String, _ old: String, _ new: String) throws {
            let url = content.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old), "\(path) has no \(old)")
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-1_234)], ofItemAtPath: url.path)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// Every file of a fresh build, by path, compared with the preview's.
    private func expectPreviewEqualsBuild(_ preview: SitePreview, _ workspace: Workspace, output: String) throws {
        let result = SiteBuild.build(workspace.options(output: output))
        #expect(result.published, "\(result.diagnostics.filter { $0.severity == .error })")
        let folder = workspace.root.appendingPathComponent(output)
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        var compared = 0
        for path in files.sorted() where !path.hasPrefix(".") {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            if isFolder.boolValue { continue }
            let written = try Data(contentsOf: folder.appendingPathComponent(path))
            #expect(preview.file(at: path) == written, "\(path) differs from the build's")
            compared += 1
        }
        #expect(compared > 40)
        #expect(preview.pageCount == result.pagesWritten)
    }

    @Test func servesTheBytesTheBuildWritesBeforeAndAfterEdits() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let cache = LoadCache()
        let first = try #require(SitePreview.load(workspace.options(output: "unused"), cache: cache).preview)
        try expectPreviewEqualsBuild(first, workspace, output: "Output1")

        // A review's title (on its page, the dashboards, team pages, feeds,
        // search), a retrospective and a new review, through the same cache.
        let reviews = try FileManager.default.contentsOfDirectory(atPath: workspace.content.appendingPathComponent("reviews").path).sorted()
        let edited = "reviews/" + reviews[0]
        let text = try String(contentsOf: workspace.content.appendingPathComponent(edited), encoding: .utf8)
        let title = try #require(text.split(separator: "\n").first { $0.hasPrefix("title:") })
        try workspace.edit(edited, String(title), "title: Edited in preview <&>")
        let copy = text.replacingOccurrences(of: "\nservice: ", with: "\nservice: added-").replacingOccurrences(of: String(title), with: "title: Added")
        try Data(copy.utf8).write(to: workspace.content.appendingPathComponent("reviews/zz-added.md"))

        let second = try #require(SitePreview.load(workspace.options(output: "unused"), cache: cache).preview)
        #expect(String(decoding: try #require(second.file(at: "index.html")), as: UTF8.self).contains("Edited in preview &lt;&amp;&gt;"))
        try expectPreviewEqualsBuild(second, workspace, output: "Output2")
    }

    @Test func servesTheBuildsBytesAfterAStatusAndPolicyChange() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let cache = LoadCache()
        _ = SitePreview.load(workspace.options(output: "unused"), cache: cache)
        _ = SitePreview.load(workspace.options(output: "unused"), cache: cache)

        // A status other reviews' findings depend on, and the policy every review is held to.
        try workspace.edit("reviews/payments-api.md", "status: launched", "status: in-review")
        try Data("thresholds:\n  headroom_factor: 4\n".utf8).write(to: workspace.content.appendingPathComponent("policy.yaml"))
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-999)], ofItemAtPath: workspace.content.appendingPathComponent("policy.yaml").path)
        let preview = try #require(SitePreview.load(workspace.options(output: "unused"), cache: cache).preview)
        let checkout = String(decoding: try #require(preview.file(at: "reviews/checkout-api.html")), as: UTF8.self)
        #expect(checkout.contains("payments-api` is only in-review") || checkout.contains("payments-api</code> is only in-review"))
        try expectPreviewEqualsBuild(preview, workspace, output: "Output")
    }

    /// A body edit keeps the site-wide tables (the schedule keeps the
    /// earlier parse of a launched review); every page must still be the build's.
    @Test func servesTheBuildsBytesAfterABodyEdit() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let cache = LoadCache()
        _ = SitePreview.load(workspace.options(output: "unused"), cache: cache)
        try workspace.edit("reviews/payments-api.md", "- [x] Latency dashboards", "- [ ] Latency dashboards <&>")
        let preview = try #require(SitePreview.load(workspace.options(output: "unused"), cache: cache).preview)
        let page = String(decoding: try #require(preview.file(at: "reviews/payments-api.html")), as: UTF8.self)
        #expect(page.contains("Latency dashboards &lt;&amp;&gt;"))
        try expectPreviewEqualsBuild(preview, workspace, output: "Output")
    }

    @Test func resolvesFoldersToTheirIndexAndKnowsNothingElse() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let preview = try #require(SitePreview.load(workspace.options(output: "unused"), cache: LoadCache()).preview)
        #expect(preview.resolve("") == "index.html")
        #expect(preview.resolve("teams/") == "teams/index.html")
        #expect(preview.resolve("teams") == "teams/index.html")
        #expect(preview.resolve("index.html") == "index.html")
        #expect(preview.resolve("assets/style.css") == "assets/style.css")
        #expect(preview.resolve("nowhere.html") == nil)
        #expect(preview.file(at: "reviews/nowhere.html") == nil)
        #expect(preview.file(at: "assets/style.css") != nil)
    }

    @Test func aReviewPageIsServedWithoutTheListOfFiles() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let preview = try #require(SitePreview.load(
            workspace.options(output: "unused"), cache: LoadCache(), listsFilesAhead: false).preview)
        #expect(preview.resolve("reviews/payments-api.html") == "reviews/payments-api.html")
        let page = try #require(preview.file(at: "reviews/payments-api.html"))
        #expect(!preview.listsFiles, "serving a review's page made the list of every file")
        #expect(preview.file(at: "reviews/nowhere.html") == nil)
        #expect(preview.listsFiles)

        let result = SiteBuild.build(workspace.options(output: "Output"))
        #expect(result.published)
        #expect(page == (try Data(contentsOf: workspace.root.appendingPathComponent("Output/reviews/payments-api.html"))))
    }

    @Test func aSiteWithErrorsHasNoPreview() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Data("title: [broken\n".utf8).write(to: workspace.content.appendingPathComponent("site.yaml"))
        let (preview, result) = SitePreview.load(workspace.options(output: "unused"), cache: LoadCache())
        #expect(preview == nil)
        #expect(!result.published)
        #expect(result.diagnostics.contains { $0.ruleID == "yaml-syntax" })
    }
}
