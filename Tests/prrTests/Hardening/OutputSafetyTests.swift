import Foundation
import Testing

/// `prr build --output` must never replace a folder that is not a site prr
/// made: the file-system root, the home folder, the content or layouts
/// folders (or a folder holding or inside them), or any non-empty folder
/// without the `.prr-output` marker unless `--force` is given. Each refusal
/// exits non-zero with an error naming the reason and writes nothing: no
/// output, no staging folder left beside it.
@Suite struct OutputSafetyTests {
    /// Every path below a folder (files and folders, hidden ones too), for
    /// asserting that a refused build wrote nothing.
    static func listing(_ folder: URL) -> Set<String> {
        var paths: Set<String> = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String { paths.insert(path) }
        return paths
    }

    /// Runs `prr build --output <output>` (plus `extra`) in a copy of the
    /// example with HOME pointing into the fixture, and checks it is refused
    /// with `reason` in the error and the fixture left exactly as it was.
    func expectRefused(_ output: String, reason: String, extra: [String] = [],
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let home = site.url("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try site.write("home/notes.txt", "keep me\n")
        let before = Self.listing(site.root)
        let snapshot = try SiteFixture.snapshot(of: site.root)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        let target = output == "~" ? home.path : output
        let result = try PRRProcess.run(["build", "--output", target] + extra, in: site.root, environment: environment)
        #expect(result.status != 0, "--output \(output) was accepted", sourceLocation: sourceLocation)
        #expect(result.stderr.contains("error:"), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(reason), "--output \(output): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(Self.listing(site.root) == before, "--output \(output) wrote files", sourceLocation: sourceLocation)
        #expect(try SiteFixture.snapshot(of: site.root) == snapshot, sourceLocation: sourceLocation)
    }

    @Test func refusesTheRoot() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = try site.prr(["build", "--output", "/", "--force"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("refusing to use / as the output folder"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/.prr-output"))
        #expect(!FileManager.default.fileExists(atPath: "/index.html"))
    }

    @Test func refusesTheHomeFolderEvenWithForce() throws {
        try expectRefused("~", reason: "as the output folder", extra: ["--force"])
        try expectRefused("~", reason: "as the output folder")
    }

    @Test func refusesTheContentFolderEvenWithForce() throws {
        try expectRefused("Content", reason: "content folder", extra: ["--force"])
        try expectRefused("Content", reason: "content folder")
    }

    @Test func refusesTheLayoutsFolderEvenWithForce() throws {
        try expectRefused("Layouts", reason: "layouts folder", extra: ["--force"])
    }

    @Test func refusesAFolderHoldingOrInsideTheContent() throws {
        // `.` holds Content/ and Layouts/; replacing it would delete them.
        try expectRefused(".", reason: "content folder", extra: ["--force"])
        try expectRefused("Content/site", reason: "content folder", extra: ["--force"])
        try expectRefused("Layouts/out", reason: "layouts folder", extra: ["--force"])
    }

    @Test func refusesAForeignFolderWithoutForceAndReplacesItWithForce() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("Site/precious.txt", "not a site\n")
        let refused = try site.prr(["build", "--output", "Site"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is not empty and was not made by prr; pass --force"), "\(refused.stderr)")
        #expect(Self.listing(site.url("Site")) == ["precious.txt"])
        #expect(!Self.listing(site.root).contains { $0.contains("prr-staging") })

        let forced = try site.prr(["build", "--output", "Site", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(site.exists("Site/.prr-output"))
        #expect(!site.exists("Site/precious.txt"))
        #expect(!Self.listing(site.root).contains { $0.contains("prr-staging") })
    }

    @Test func acceptsAnEmptyFolderAndItsOwnSite() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.url("Empty"), withIntermediateDirectories: true)
        #expect(try site.prr(["build", "--output", "Empty"]).status == 0)
        #expect(try site.prr(["build", "--output", "Empty"]).status == 0)
        #expect(site.exists("Empty/index.html"))
    }
}
