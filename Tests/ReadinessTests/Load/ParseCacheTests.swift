import Foundation
import Testing
@testable import Readiness

@Suite struct ParseCacheTests {
    private let settings = ParseSettings(byteLimit: 1_000, nodeLimit: 100, allowRawHTML: false, siteURL: nil, checklist: [])

    /// Writes a file and dates it `age` seconds back, out of the racy window
    /// (distinct ages keep stamps apart on file systems with coarse times).
    private func writeSettled(_ folder: TemporaryFolder, _ path: String, _ text: String, age: TimeInterval = 3_600) throws -> ContentFile {
        let url = try folder.write(path, text)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-age)], ofItemAtPath: url.path)
        return ContentFile(url: url, path: "Content/" + path)
    }

    /// Parses through the cache, counting real parses.
    private func parse(_ file: ContentFile, _ cache: ParseCache<String>, _ count: inout Int) -> String {
        var parsed = false
        let value = cache.value(for: file) {
            parsed = true
            return (try? String(contentsOf: file.url, encoding: .utf8)) ?? ""
        }
        if parsed { count += 1 }
        return value
    }

    @Test func reusesAnUnchangedFileAndReparsesAnEditedOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try writeSettled(folder, "reviews/a.md", "one")
        let cache = ParseCache<String>()
        var parses = 0
        cache.begin([file], settings: settings)
        #expect(parse(file, cache, &parses) == "one")
        #expect(parse(file, cache, &parses) == "one")
        #expect(parses == 1, "an unchanged file is parsed once")

        // Same size, different time: still seen.
        _ = try writeSettled(folder, "reviews/a.md", "two", age: 1_800)
        #expect(parse(file, cache, &parses) == "two")
        #expect(parses == 2)
    }

    @Test func doesNotKeepAFileSavedJustNow() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try folder.write("reviews/a.md", "fresh")
        let file = ContentFile(url: url, path: "Content/reviews/a.md")
        let cache = ParseCache<String>()
        var parses = 0
        cache.begin([file], settings: settings)
        _ = parse(file, cache, &parses)
        _ = parse(file, cache, &parses)
        #expect(parses == 2, "a stamp inside the file system's time resolution is not trusted")
    }

    @Test func forgetsEverythingWhenTheSettingsChangeAndFilesThatAreGone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try writeSettled(folder, "reviews/a.md", "one")
        let cache = ParseCache<String>()
        var parses = 0
        cache.begin([file], settings: settings)
        _ = parse(file, cache, &parses)
        cache.begin([file], settings: ParseSettings(byteLimit: 1_000, nodeLimit: 100, allowRawHTML: true, siteURL: nil, checklist: []))
        _ = parse(file, cache, &parses)
        #expect(parses == 2, "raw HTML changes every body's HTML")

        cache.begin([], settings: settings)
        cache.begin([file], settings: settings)
        _ = parse(file, cache, &parses)
        #expect(parses == 3, "a file that was gone is parsed anew")
    }

    @Test func aCachedLoadEqualsAFreshLoadAfterEdits() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = ContentFolder(root: folder.url, displayRoot: "Content")
        let review = try String(contentsOf: fixturesFolder.appendingPathComponent("reviews/complete.md"), encoding: .utf8)
        _ = try writeSettled(folder, "site.yaml", "title: Cache test\ntoday: 2026-11-26\n")
        _ = try writeSettled(folder, "reviews/complete.md", review)
        _ = try writeSettled(folder, "reviews/broken.md", "---\nservice: [\n---\n")
        let group = "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: payments}\nspec: {type: team, children: []}\n"
        _ = try writeSettled(folder, "catalog/teams.yaml", group)
        _ = try writeSettled(folder, "catalog/other.yaml", "kind: [\n")
        let cache = LoadCache()
        _ = SiteLoader.load(content: content, cache: cache)

        let edited = review.replacingOccurrences(of: "title: ", with: "title: Edited ")
        #expect(edited != review)
        _ = try writeSettled(folder, "reviews/complete.md", edited, age: 1_800)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("reviews/broken.md"))
        _ = try writeSettled(folder, "retrospectives/complete.md", "---\nservice: nowhere\n---\n")

        _ = try writeSettled(folder, "catalog/teams.yaml", group + "---\n" + group.replacingOccurrences(of: "payments", with: "search"), age: 1_800)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("catalog/other.yaml"))

        let cached = SiteLoader.load(content: content, cache: cache)
        let fresh = SiteLoader.load(content: content)
        #expect(cached.reviews.map(\.review.title) == fresh.reviews.map(\.review.title))
        #expect(cached.reviews.first?.review.title.hasPrefix("Edited") == true)
        #expect(cached.diagnostics == fresh.diagnostics)
        #expect(!cached.diagnostics.contains { $0.location.file.hasSuffix("broken.md") })
        #expect(cached.retrospectives.count == fresh.retrospectives.count)
        #expect(cached.catalog.count == 2, "the edited catalog file is read again")
        #expect(cached.catalog.count == fresh.catalog.count)
        #expect(!cached.diagnostics.contains { $0.location.file.hasSuffix("other.yaml") }, "a removed catalog file is gone")
    }
}
