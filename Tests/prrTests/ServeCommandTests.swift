import Foundation
import Testing

@Suite(.serialized) struct ServeCommandTests {
    @Test(.timeLimit(.minutes(2))) func servesRefusesEscapesReloadsAndStops() throws {
        let site = try SiteFixture(copyExample: false)
        defer { site.remove() }
        try site.prr(["init", "-q", "--today", "2026-11-26"])
        let server = try ServerProcess(arguments: ["serve", "--port", "0", "--today", "2026-11-26"], in: site.root)
        defer { server.terminate() }
        let port = try #require(server.port(), "no Serving line: \(server.stderr)")

        let home = try #require(HTTPProbe.get("/index.html", port: port))
        #expect(home.status == 200)
        #expect(home.body.contains("/_prr/events"), "the live-reload script is injected")
        #expect(!site.exists("Output"), "serve builds into a private folder")

        for path in ["/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2f..%2fetc/passwd", "/%2E%2E/"] {
            let refused = try #require(HTTPProbe.get(path, port: port), "no answer for \(path)")
            #expect(refused.status == 403, "\(path): \(refused.status)")
            #expect(!refused.body.contains("root:"), "\(path) leaked a file")
        }

        // Edit the review: the page changes within a few seconds.
        var review = try site.read("Content/reviews/example-service.md")
        review = review.replacingOccurrences(of: "title: \"Example service launch\"", with: "title: \"Edited LIVE-7731\"")
        try site.write("Content/reviews/example-service.md", review)
        #expect(waitFor { HTTPProbe.get("/reviews/example-service.html", port: port)?.body.contains("LIVE-7731") == true },
                "the page did not change: \(server.stderr)")

        // Break the YAML: pages show the diagnostics, escaped; fixing it brings the site back.
        try site.write("Content/site.yaml", "title: [<b>broken\n")
        #expect(waitFor { HTTPProbe.get("/index.html", port: port)?.body.contains("The site did not build") == true })
        let broken = try #require(HTTPProbe.get("/reviews/example-service.html", port: port))
        #expect(broken.body.contains("Content/site.yaml:"))
        #expect(broken.body.contains("[yaml-syntax]"))
        try site.write("Content/site.yaml", "title: Fixed\n")
        #expect(waitFor { HTTPProbe.get("/index.html", port: port)?.body.contains("Fixed") == true })

        #expect(server.interrupt(), "prr serve did not stop on SIGINT")
        #expect(server.process.terminationStatus == 0, "\(server.stderr)")
    }

    @Test(.timeLimit(.minutes(2))) func writesWholeBuildsIntoTheOutputFolderWhenAsked() throws {
        let site = try SiteFixture(copyExample: false)
        defer { site.remove() }
        try site.prr(["init", "-q", "--today", "2026-11-26"])
        let server = try ServerProcess(arguments: ["serve", "--port", "0", "--today", "2026-11-26", "--output", "Preview"], in: site.root)
        defer { server.terminate() }
        let port = try #require(server.port(), "no Serving line: \(server.stderr)")
        #expect(site.exists("Preview/index.html"), "--output writes the whole site")
        let home = try #require(HTTPProbe.get("/", port: port))
        #expect(home.status == 200)
        #expect(home.body.contains("/_prr/events"))
        let served = home.body.replacingOccurrences(
            of: #"<script>\(function\(\)\{if\(!window\.EventSource\).*?</script>\n"#, with: "", options: .regularExpression)
        #expect(try site.read("Preview/index.html") == served, "the served page is the written one, but for the script")
    }

    @Test func bindsLoopbackByDefault() throws {
        let help = try PRRProcess.run(["serve", "--help"])
        #expect(help.stdout.contains("--host <host>"))
        #expect(help.stdout.contains("default: 127.0.0.1"))
    }

    /// Polls a condition for at most `seconds`.
    private func waitFor(seconds: Double = 15, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return false
    }
}
