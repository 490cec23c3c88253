import Foundation
import Testing

/// Broken and hostile content: every case gives a diagnostic with file:line
/// where there is a line, the other reviews are still read, the exit code
/// says so, and nothing crashes or hangs.
@Suite struct HostileContentTests {
    /// Adds `files` to a copy of the example and runs `prr check --format json`.
    func check(_ files: [String: [UInt8]], extra: (SiteFixture) throws -> Void = { _ in }) throws
        -> (status: Int32, diagnostics: [[String: Any]], site: SiteFixture)
    {
        let site = try SiteFixture()
        for (name, bytes) in files {
            let url = site.url("Content/reviews/\(name)")
            try Data(bytes).write(to: url)
        }
        try extra(site)
        let result = try site.prr(["check", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result.status, json?["diagnostics"] as? [[String: Any]] ?? [], site)
    }

    func found(_ diagnostics: [[String: Any]], in file: String) -> [String] {
        diagnostics.filter { $0["file"] as? String == "Content/reviews/\(file)" && $0["kind"] as? String == "content" }
            .map { "\($0["line"] as? Int ?? -1):\($0["column"] as? Int ?? -1) \($0["rule"] as? String ?? "")" }
    }

    static func text(_ string: String) -> [UInt8] { Array(string.utf8) }

    static let header = "---\nservice: %@\ntier: 3\nowner: group:checkout\nstatus: draft\n"

    @Test func malformedYAML() throws {
        let (status, diagnostics, site) = try check([
            "tabs.md": Self.text("---\nservice: tabs\n\ttier: 1\n---\n"),
            "quote.md": Self.text("---\nservice: \"unclosed\ntier: 1\n---\n"),
            "dupe.md": Self.text("---\nservice: dupe\nservice: dupe2\ntier: 3\nowner: group:checkout\nstatus: draft\n---\n"),
        ])
        defer { site.remove() }
        #expect(status == 1)
        #expect(found(diagnostics, in: "tabs.md") == ["3:1 yaml-syntax"])
        #expect(found(diagnostics, in: "quote.md") == ["4:1 yaml-syntax"])
        #expect(found(diagnostics, in: "dupe.md") == ["3:1 duplicate-key"])
        // The example's own reviews are still all checked.
        #expect(diagnostics.contains { $0["file"] as? String == "Content/reviews/search-api.md" })
    }

    @Test func aliasBombAndDeepNesting() throws {
        var bomb = "---\nservice: bomb\ntier: 3\nowner: group:checkout\nstatus: draft\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<12 {
            bomb += "a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", "))]\n"
        }
        bomb += "---\n"
        let deep = "---\nservice: deep\nx: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n---\n"
        let deepBlock = "---\nservice: deepblock\n" + (0..<300).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " 1\n---\n"
        let (status, diagnostics, site) = try check([
            "bomb.md": Self.text(bomb), "deep.md": Self.text(deep), "deepblock.md": Self.text(deepBlock),
        ])
        defer { site.remove() }
        #expect(status == 1)
        #expect(found(diagnostics, in: "bomb.md").map { $0.split(separator: " ")[1] } == ["yaml-too-large"])
        #expect(found(diagnostics, in: "deep.md") == ["3:67 yaml-too-deep"])
        #expect(found(diagnostics, in: "deepblock.md").map { $0.split(separator: " ")[1] } == ["yaml-too-deep"])
    }

    @Test func wrongTypesInEveryField() throws {
        let review = """
            ---
            service: [a]
            title: {x: 1}
            tier: high
            owner: [g]
            review_mode: solo
            status: 3
            review_date: yesterday
            launch_date: 2026-02-30
            reviewers: {ref: x}
            signoffs: x
            slos: 1
            alerts: [1]
            capacity: [1]
            dependencies: {a: b}
            rollout: 1
            oncall: []
            risks: x
            ---
            """
        let (status, diagnostics, site) = try check(["types.md": Self.text(review)])
        defer { site.remove() }
        #expect(status == 1)
        let lines = Set(found(diagnostics, in: "types.md").compactMap { Int($0.split(separator: ":")[0]) })
        #expect(lines == Set(2...18), "every field is reported on its own line")
    }

    @Test func bigEmptyBinaryAndOddlyEncodedFiles() throws {
        var big = Self.text(String(format: Self.header, "big") + "---\n")
        big += [UInt8](repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024)
        let (status, diagnostics, site) = try check([
            "big.md": big,
            "empty.md": [],
            "binary.md": Array(0...255),
            "invalid.md": Self.text("---\nservice: inv\n") + [0xFF, 0xFE] + Self.text("\n---\n"),
            "bom.md": [0xEF, 0xBB, 0xBF] + Self.text(String(format: Self.header, "bom") + "---\n"),
            "crlf.md": Self.text(String(format: Self.header, "crlf").replacingOccurrences(of: "\n", with: "\r\n") + "tier: 9\r\n---\r\n"),
            "cr.md": Self.text(String(format: Self.header, "cr").replacingOccurrences(of: "\n", with: "\r") + "---\r"),
            "unclosed.md": Self.text(String(format: Self.header, "unclosed")),
        ])
        defer { site.remove() }
        #expect(status == 1)
        #expect(found(diagnostics, in: "big.md") == ["0:0 file-too-large"])
        #expect(found(diagnostics, in: "empty.md") == ["1:1 front-matter-missing"])
        #expect(found(diagnostics, in: "binary.md") == ["2:1 invalid-utf8"])
        #expect(found(diagnostics, in: "invalid.md") == ["3:1 invalid-utf8"])
        #expect(found(diagnostics, in: "bom.md").isEmpty)
        #expect(found(diagnostics, in: "crlf.md") == ["6:1 duplicate-key"])
        #expect(found(diagnostics, in: "cr.md").isEmpty)
        #expect(found(diagnostics, in: "unclosed.md") == ["1:1 front-matter-unclosed"])
    }

    @Test func hostileNamesAndDuplicates() throws {
        let (status, diagnostics, site) = try check([
            "a.md": Self.text(String(format: Self.header, "../../etc/passwd") + "---\n"),
            "b.md": Self.text(String(format: Self.header, ".git") + "---\n"),
            "c.md": Self.text(String(format: Self.header, "\"\"") + "---\n"),
            "with space ü.md": Self.text(String(format: Self.header, "spaced") + "---\n"),
            "Payments-API.md": Self.text(String(format: Self.header, "Payments-API") + "---\n"),
            "CON.md": Self.text(String(format: Self.header, "CON") + "---\n"),
        ])
        defer { site.remove() }
        #expect(status == 1)
        #expect(found(diagnostics, in: "a.md") == ["2:1 invalid-service-name"])
        #expect(found(diagnostics, in: "b.md") == ["2:1 invalid-service-name"])
        #expect(found(diagnostics, in: "c.md") == ["2:1 missing-field"] || found(diagnostics, in: "c.md") == ["2:1 invalid-service-name"])
        #expect(found(diagnostics, in: "with space ü.md").isEmpty)
        // Names compare case-insensitively; of two files for one service the
        // first in byte order of the path counts, whatever the file system lists.
        #expect(found(diagnostics, in: "Payments-API.md").isEmpty)
        #expect(found(diagnostics, in: "payments-api.md") == ["2:1 duplicate-review"])
        #expect(found(diagnostics, in: "CON.md").isEmpty)
    }

    @Test func linksOutsideLoopsAndSpecialFiles() throws {
        let (status, diagnostics, site) = try check([:]) { site in
            try FileManager.default.createSymbolicLink(
                atPath: site.url("Content/reviews/outside.md").path, withDestinationPath: "/etc/hostname")
            try FileManager.default.createSymbolicLink(
                atPath: site.url("Content/reviews/loop").path, withDestinationPath: "..")
            #expect(mkfifo(site.url("Content/reviews/pipe.md").path, 0o644) == 0)
        }
        defer { site.remove() }
        #expect(status == 1)
        #expect(found(diagnostics, in: "outside.md") == ["0:0 symlink-outside"])
        #expect(found(diagnostics, in: "pipe.md") == ["0:0 unreadable-file"])
        #expect(!diagnostics.isEmpty)
    }

    @Test func buildWithHostileFilesKeepsThePreviousSite() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(try site.prr(["build"]).status == 0)
        let before = try site.snapshot("Output")
        try site.write("Content/reviews/zz.md", "---\nservice: zz\nx: " + String(repeating: "[", count: 50_000) + "\n---\n")
        let result = try site.prr(["build"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content/reviews/zz.md:3:"))
        #expect(try site.snapshot("Output") == before)
    }
}
