import Foundation
import Readiness
@testable import SiteBuilder

/// A small content folder rendered as `prr build` renders it, with the
/// repository's layouts, plus the reader's files and the link check.
///
/// `alpha` links to pages of the site, well and badly; `beta` has a hostile
/// title; `gamma` is reviewed earliest and has a long body.
struct ReaderFixture {
    let root: URL
    let site: Site
    let pages: [String: String]
    let files: [String: String]
    let diagnostics: [Diagnostic]

    init(baseURL: String? = "https://prr.example.com/docs/") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("prr-reader-\(UUID().uuidString)")
        var files = Self.files
        files["site.yaml"] = "title: Reader test\ntoday: 2026-11-26\n" + (baseURL.map { "base_url: \($0)\n" } ?? "")
        for (path, text) in files {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        site = SiteLoader.load(content: ContentFolder(root: root, displayRoot: "Content"))
        let (layouts, problems) = LayoutSet.load(from: Self.layoutsFolder, displayPath: "Layouts")
        guard let layouts else { throw FixtureError.layouts(problems.map(\.message)) }
        let rendered = SiteRenderer.render(site, layouts: layouts)
        let extra = SiteRenderer.dataFiles(site) + ReaderFiles.make(site, pagePaths: rendered.map(\.path))
        pages = Dictionary(uniqueKeysWithValues: rendered.map { ($0.path, $0.html) })
        self.files = Dictionary(uniqueKeysWithValues: extra.map { ($0.path, $0.html) })
        let baseURL = site.config.baseURL
        diagnostics = SiteLinks.check(site, pages: rendered.map { PageLinks($0, baseURL: baseURL) }, otherFiles: extra.map(\.path) + ["assets/style.css", "assets/search.js", "assets/favicon.svg"],
                                      layoutsDisplay: "Layouts")
    }

    static let layoutsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Layouts")

    enum FixtureError: Error { case layouts([String]), missing(String) }

    func page(_ path: String) throws -> String {
        guard let page = pages[path] else { throw FixtureError.missing(path) }
        return page
    }

    func file(_ path: String) throws -> String {
        guard let file = files[path] else { throw FixtureError.missing(path) }
        return file
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// The 1-based line and column of `needle` in a fixture file.
    static func position(of needle: String, in path: String) -> (line: Int, column: Int)? {
        guard let text = files[path] else { return nil }
        for (number, line) in text.components(separatedBy: "\n").enumerated() {
            if let range = line.range(of: needle) { return (number + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
        }
        return nil
    }

    static let hostileTitle = #"Beta <b>"bold"</b> & 'it' \ </script>"#
    static let longBody = String(repeating: "Capacity planning paragraph with many words. ", count: 200)

    static let files: [String: String] = [
        "reviews/alpha.md": """
            ---
            service: alpha
            title: Alpha launch
            tier: 1
            owner: group:team-a
            status: in-review
            review_date: 2026-11-01
            ---
            # Alpha

            ## Monitoring and alerting
            - [x] SLOs defined for the service

            ## Links
            See [beta's monitoring](beta.html#monitoring-and-alerting) and [the gaps](../gaps.html).
            Broken: [no such section](beta.html#no-such-section) here.
            Source link: [beta source](beta.md) and [root](/reviews/beta.html) and [far](../../up.html).
            External: [docs](https://example.com/x.html) and [own](#links).

            """,
        "reviews/beta.md": """
            ---
            service: beta
            title: '\(hostileTitle.replacingOccurrences(of: "'", with: "''"))'
            tier: 3
            owner: group:team-b
            status: draft
            review_date: 2026-11-20
            ---
            ## Monitoring and alerting
            - [ ] SLOs defined for the service

            """,
        "reviews/gamma.md": """
            ---
            service: gamma
            title: Gamma
            tier: 2
            owner: group:team-b
            status: approved
            review_date: 2026-09-05
            ---
            ## Capacity and scaling
            \(longBody)

            """,
    ]
}
