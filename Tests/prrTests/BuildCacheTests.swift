import Foundation
import Testing

/// `prr build` keeps the output when nothing it depends on changed, and after
/// any change writes exactly what a clean build writes.
@Suite struct BuildCacheTests {
    static let upToDate = "Nothing changed since the last build"

    /// Content and layouts files made "long ago", each step a little later, so
    /// the build record is kept (it is not for files modified within the last
    /// seconds, whose stamps a quick second edit could leave unchanged).
    static func backdate(_ site: SiteFixture, step: Int) throws {
        let date = Date(timeIntervalSinceNow: -100_000 + Double(step) * 100)
        for folder in ["Content", "Layouts"] {
            let enumerator = FileManager.default.enumerator(at: site.url(folder), includingPropertiesForKeys: nil)
            while let file = enumerator?.nextObject() as? URL {
                try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: file.path)
            }
            if site.exists(folder) {
                try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: site.url(folder).path)
            }
        }
    }

    static func markerInode(_ site: SiteFixture) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: site.url("Output/.prr-output").path)[.systemFileNumber] as? Int
    }

    @Test func anUnchangedRebuildKeepsTheOutputAndReportsTheSameDiagnostics() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Self.backdate(site, step: 0)
        let first = try site.prr(["build", "--today", "2026-11-01"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("Built "))
        let output = try site.snapshot("Output")
        let marker = try Self.markerInode(site)
        let second = try site.prr(["build", "--today", "2026-11-01"])
        #expect(second.status == 0)
        #expect(second.stderr.contains(Self.upToDate), "\(second.stderr)")
        #expect(second.stderr.components(separatedBy: "\n").dropLast(2) == first.stderr.components(separatedBy: "\n").dropLast(2))
        #expect(try site.snapshot("Output") == output)
        #expect(try Self.markerInode(site) == marker, "the output was rewritten")
        #expect(try site.read(".prr-cache/.gitignore").contains("\n*\n"), "the cache folder does not ignore itself")
        let forced = try site.prr(["build", "--today", "2026-11-01", "--no-cache"])
        #expect(forced.stderr.contains("Built "), "\(forced.stderr)")
    }

    @Test(arguments: [
        "edit a review", "add a review", "remove a review", "edit a retrospective", "add policy.yaml",
        "edit the catalog", "edit site.yaml", "override a layout", "edit the stylesheet", "another --today",
        "a --base-url",
    ])
    func everyKindOfChangeRebuildsToWhatACleanBuildWrites(change: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Self.backdate(site, step: 0)
        var arguments = ["build", "--today", "2026-11-01"]
        #expect(try site.prr(arguments).status == 0)
        #expect(try site.prr(arguments).stderr.contains(Self.upToDate))

        switch change {
        case "edit a review":
            let text = try site.read("Content/reviews/search-api.md")
            try site.write("Content/reviews/search-api.md", text.replacingOccurrences(of: "# ", with: "# Edited: "))
        case "add a review":
            try site.write("Content/reviews/zz-new.md", "---\nservice: zz-new\ntier: 3\nowner: group:payments\nstatus: draft\n---\n# New\n")
        case "remove a review":
            try FileManager.default.removeItem(at: site.url("Content/reviews/coupon-service.md"))
        case "edit a retrospective":
            let text = try site.read("Content/retrospectives/payments-api.md")
            try site.write("Content/retrospectives/payments-api.md", text + "\nOne more lesson.\n")
        case "add policy.yaml":
            try site.write("Content/policy.yaml", "thresholds:\n  headroom_factor: 3\n")
        case "edit the catalog":
            let text = try site.read("Content/catalog/components.yaml")
            try site.write("Content/catalog/components.yaml", text.replacingOccurrences(of: "owner: group:discovery", with: "owner: group:listings"))
        case "edit site.yaml":
            let text = try site.read("Content/site.yaml")
            try site.write("Content/site.yaml", text.replacingOccurrences(of: "title: ", with: "title: Renamed "))
        case "override a layout":
            try site.write("Layouts/partials/footer.mustache", "<footer>Changed footer</footer>\n")
        case "edit the stylesheet":
            try site.write("Layouts/style.css", try site.read("Layouts/style.css") + "\n/* changed */\n")
        case "another --today":
            arguments = ["build", "--today", "2027-03-01"]
        case "a --base-url":
            arguments += ["--base-url", "https://elsewhere.example/prr/"]
        default:
            Issue.record("unknown change \(change)")
        }
        try Self.backdate(site, step: 1)

        let cached = try site.prr(arguments)
        #expect(!cached.stderr.contains(Self.upToDate), "\(change): the build was skipped")
        let clean = try site.prr(arguments + ["--output", "Clean", "--no-cache"])
        #expect(cached.status == clean.status, "\(change): \(cached.stderr)")
        #expect(try site.snapshot("Output") == site.snapshot("Clean"), "\(change): cached build differs from a clean one")
        #expect(try site.prr(arguments).stderr.contains(Self.upToDate), "\(change): no record after the rebuild")
    }

    /// A cache folder from before the record format holds this output's
    /// record as JSON; the first build that stores a record removes it and
    /// leaves other files alone.
    @Test func aFormerJSONRecordIsRemovedWhenARecordIsStored() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Self.backdate(site, step: 0)
        let arguments = ["build", "--today", "2026-11-01"]
        #expect(try site.prr(arguments).status == 0)
        let cache = site.url(".prr-cache")
        let records = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".record") }
        try #require(records.count == 1)
        let former = String(records[0].dropLast(".record".count)) + ".json"
        try site.write(".prr-cache/\(former)", "{\"fingerprint\": {}}")
        try site.write(".prr-cache/build-another-output-1.json", "{}")
        // Another day: the build runs and stores its record again.
        #expect(try site.prr(["build", "--today", "2026-11-02"]).status == 0)
        #expect(!site.exists(".prr-cache/\(former)"), "the former record is still there")
        #expect(site.exists(".prr-cache/build-another-output-1.json"), "another output's file was removed")
        #expect(site.exists(".prr-cache/\(records[0])"))
    }

    @Test func aRemovedOrReplacedOutputIsBuiltAgain() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Self.backdate(site, step: 0)
        let arguments = ["build", "--today", "2026-11-01"]
        #expect(try site.prr(arguments).status == 0)
        let output = try site.snapshot("Output")
        try FileManager.default.removeItem(at: site.url("Output"))
        let rebuilt = try site.prr(arguments)
        #expect(rebuilt.stderr.contains("Built "), "\(rebuilt.stderr)")
        #expect(try site.snapshot("Output") == output)
        #expect(try site.prr(["build", "--today", "2026-11-01", "--output", "Output", "--no-cache"]).status == 0)
        #expect(try site.prr(arguments).stderr.contains("Built "), "a site rebuilt without the cache was trusted")
    }

    @Test func aFreshlyEditedFileIsNotTrustedToItsStamp() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Self.backdate(site, step: 0)
        try site.write("Content/reviews/search-api.md", try site.read("Content/reviews/search-api.md") + "\nJust saved.\n")
        let arguments = ["build", "--today", "2026-11-01"]
        #expect(try site.prr(arguments).stderr.contains("Built "))
        #expect(try site.prr(arguments).stderr.contains("Built "), "a record was kept for a file saved a moment ago")
    }

    @Test func aFailedBuildIsNeverReportedAsUpToDate() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("Content/reviews/broken.md", "---\nservice: broken\ntier: 1\nowner: [group:x\nstatus: draft\n---\n")
        try Self.backdate(site, step: 0)
        let arguments = ["build", "--today", "2026-11-01"]
        #expect(try site.prr(arguments).status == 1)
        let again = try site.prr(arguments)
        #expect(again.status == 1)
        #expect(again.stderr.contains("[yaml-syntax]"))
        #expect(!again.stderr.contains(Self.upToDate))
    }
}
