import Foundation
import Testing

/// The same content gives a byte-identical site: across two builds, when the
/// content files were created in the opposite order in another folder (so the
/// file system lists them differently), and under other locales and time
/// zones. The example pins `today` in site.yaml, so nothing reads the clock.
@Suite struct ReproducibleBuildTests {
    /// Builds and returns the whole output tree; fails the test when the build fails.
    func build(_ site: SiteFixture, environment: [String: String]? = nil,
               sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Data] {
        let result = try PRRProcess.run(["build", "-q"], in: site.root, environment: environment)
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        return try site.snapshot("Output")
    }

    /// Names the first files that differ, so a failure says where to look.
    func differences(_ a: [String: Data], _ b: [String: Data]) -> String {
        let paths = Set(a.keys).union(b.keys).sorted().filter { a[$0] != b[$0] }
        return "\(paths.count) files differ: \(paths.prefix(8).joined(separator: ", "))"
    }

    @Test func twoBuildsAreIdentical() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let first = try build(site)
        try FileManager.default.removeItem(at: site.url("Output"))
        let second = try build(site)
        #expect(first.count > 20)
        #expect(first == second, "\(differences(first, second))")
    }

    @Test func contentCreatedInReverseOrderElsewhereBuildsTheSame() throws {
        let original = try SiteFixture()
        defer { original.remove() }
        let expected = try build(original)

        // A fresh folder (another path) with every file created in reverse
        // order of its path, folders first.
        let copy = try SiteFixture(copyExample: false)
        defer { copy.remove() }
        var files: [String] = []
        for folder in ["Content", "Layouts"] {
            let base = original.url(folder)
            let enumerator = FileManager.default.enumerator(atPath: base.path)
            while let path = enumerator?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isDirectory)
                if isDirectory.boolValue {
                    try FileManager.default.createDirectory(at: copy.url("\(folder)/\(path)"), withIntermediateDirectories: true)
                } else {
                    files.append("\(folder)/\(path)")
                }
            }
        }
        #expect(files.count > 20)
        for path in files.sorted().reversed() {
            try Data(contentsOf: original.url(path)).write(to: copy.url(path))
        }
        let rebuilt = try build(copy)
        #expect(expected == rebuilt, "\(differences(expected, rebuilt))")
    }

    @Test(arguments: [
        ("C", "UTC"),
        ("de_DE.UTF-8", "Pacific/Kiritimati"),
        ("tr_TR.UTF-8", "America/St_Johns"),
        ("C", "Pacific/Kiritimati"),
        ("tr_TR.UTF-8", "UTC"),
    ])
    func localeAndTimeZoneDoNotChangeTheSite(locale: String, zone: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        var base = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LANG", "LC_CTYPE", "LC_COLLATE", "LC_NUMERIC", "LC_TIME", "LANGUAGE", "TZ"] {
            base.removeValue(forKey: key)
        }
        base["LANG"] = "C.UTF-8"
        base["TZ"] = "UTC"
        let expected = try build(site, environment: base)
        try FileManager.default.removeItem(at: site.url("Output"))

        var changed = base
        changed["LC_ALL"] = locale
        changed["LANG"] = locale
        changed["LANGUAGE"] = String(locale.prefix(2))
        changed["TZ"] = zone
        let built = try build(site, environment: changed)
        #expect(expected == built, "LC_ALL=\(locale) TZ=\(zone): \(differences(expected, built))")
    }
}
