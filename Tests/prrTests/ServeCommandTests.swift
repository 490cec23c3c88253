import Foundation
import Testing

@Suite(.serialized) struct ServeCommandTests {
    @Test(.timeLimit(.minutes(2))) func servesRefusesEscapesReloadsAndStops() throws {
        let site = try SiteFixture(copyExample: false)
        defer { site.remove() }
        try site.prr(["init", "-q", "--today", "2026-11-26"])
        let server = try serve(site)
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

    /// Folders made while serving are watched too (inotify adds a watch per
    /// folder as it appears), and an editor's save by rename is seen.
    /// Run twice: with inotify (where there is one) and with the polling fallback.
    @Test(.timeLimit(.minutes(2)), arguments: [false, true])
    func rebuildsForFilesInNestedAndNewFolders(polling: Bool) throws {
        try servingExample(polling: polling) { site, server, port in
            func team(_ name: String) -> String {
                """
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata:
                  name: watch-team
                spec:
                  type: team
                  profile:
                    displayName: \(name)
                  parent: group:default/northwind
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: watch-service
                spec:
                  type: service
                  lifecycle: production
                  owner: group:watch-team

                """
            }

            // A new file two folders deep in folders that did not exist.
            try site.write("Content/catalog/new/deeper/team.yaml", team("WATCH-1"))
            #expect(waitFor { HTTPProbe.get("/teams/watch-team.html", port: port)?.body.contains("WATCH-1") == true },
                    "the new folder's file was not seen: \(server.stderr)")

            // Saved as editors do: a hidden temporary file renamed over the original.
            try site.write("Content/catalog/new/deeper/.team.yaml.tmp", team("WATCH-2"))
            #expect(rename(site.url("Content/catalog/new/deeper/.team.yaml.tmp").path,
                           site.url("Content/catalog/new/deeper/team.yaml").path) == 0)
            #expect(waitFor { HTTPProbe.get("/teams/watch-team.html", port: port)?.body.contains("WATCH-2") == true },
                    "the renamed file was not seen: \(server.stderr)")

            // An edit in a folder that existed from the start, below the top.
            var legacy = try site.read("Content/catalog/extra/legacy-catalog-info.yaml")
            legacy = legacy.replacingOccurrences(of: "owner: group:checkout", with: "owner: group:watch-team")
            try site.write("Content/catalog/extra/legacy-catalog-info.yaml", legacy)
            #expect(waitFor { HTTPProbe.get("/teams/watch-team.html", port: port)?.body.contains("coupon-service") == true },
                    "the nested edit was not seen: \(server.stderr)")

            #expect(server.interrupt(), "prr serve did not stop on SIGINT")
            #expect(server.process.terminationStatus == 0, "\(server.stderr)")
        }
    }

    /// Editors' backups, auto-saves and write checks are not saves: they
    /// start no rebuild, with inotify or polling.
    @Test(.timeLimit(.minutes(2)), arguments: [false, true])
    func editorScratchFilesStartNoRebuild(polling: Bool) throws {
        try servingExample(polling: polling) { site, server, port in
            func rebuilds() -> Int { server.stderr.components(separatedBy: "Rebuilt ").count - 1 }

            let review = try site.read("Content/reviews/payments-api.md")
            try site.write("Content/reviews/payments-api.md~", review)
            try site.write("Content/reviews/#payments-api.md#", review + "\nauto-saved\n")
            try site.write("Content/reviews/4913", "")
            try FileManager.default.removeItem(at: site.url("Content/reviews/4913"))
            Thread.sleep(forTimeInterval: 1.5)
            #expect(rebuilds() == 0, "\(server.stderr)")

            // A save still rebuilds, and a folder named with digits is watched.
            try site.write("Content/reviews/2024/scratch-check.md", review.replacingOccurrences(
                of: "service: payments-api", with: "service: scratch-check"))
            #expect(waitFor { HTTPProbe.get("/reviews/scratch-check.html", port: port)?.status == 200 },
                    "the new review was not seen: \(server.stderr)")
            // The page can be served before serve's log line is read from its stderr.
            #expect(waitFor { rebuilds() >= 1 }, "\(server.stderr)")
        }
    }

    /// With inotify, a rebuild looks again only at the review files the
    /// watcher named, keeping the last listing: saves by rename, new,
    /// moved and removed reviews must all be seen. Polling lists every time.
    @Test(.timeLimit(.minutes(2)), arguments: [false, true])
    func reviewSavesAdditionsMovesAndRemovalsAreSeen(polling: Bool) throws {
        try servingExample(polling: polling) { site, server, port in
            func page(_ service: String) -> HTTPProbe.Response? { HTTPProbe.get("/reviews/\(service).html", port: port) }
            let review = try site.read("Content/reviews/payments-api.md")

            // Saved as editors do: a hidden temporary file renamed over the original.
            try site.write("Content/reviews/.payments-api.md.tmp", review.replacingOccurrences(
                of: "title: Payments API v2 launch", with: "title: Renamed SAVE-4411"))
            #expect(rename(site.url("Content/reviews/.payments-api.md.tmp").path,
                           site.url("Content/reviews/payments-api.md").path) == 0)
            #expect(waitFor { page("payments-api")?.body.contains("SAVE-4411") == true }, "\(server.stderr)")

            // A new review beside the others, then moved into a folder, then removed.
            let added = review.replacingOccurrences(of: "service: payments-api", with: "service: ledger-api")
            try site.write("Content/reviews/ledger-api.md", added)
            #expect(waitFor { page("ledger-api")?.status == 200 }, "the new review was not seen: \(server.stderr)")
            try FileManager.default.createDirectory(at: site.url("Content/reviews/ledger"), withIntermediateDirectories: true)
            Thread.sleep(forTimeInterval: 0.5)
            #expect(rename(site.url("Content/reviews/ledger-api.md").path,
                           site.url("Content/reviews/ledger/ledger-api.md").path) == 0)
            try site.write("Content/reviews/ledger/ledger-api.md", added.replacingOccurrences(
                of: "title: Payments API v2 launch", with: "title: Moved MOVE-2093"))
            #expect(waitFor { page("ledger-api")?.body.contains("MOVE-2093") == true }, "the move was not seen: \(server.stderr)")
            try FileManager.default.removeItem(at: site.url("Content/reviews/ledger/ledger-api.md"))
            #expect(waitFor { page("ledger-api")?.status == 404 }, "the removal was not seen: \(server.stderr)")

            // An edit after all that is still seen.
            try site.write("Content/reviews/payments-api.md", review.replacingOccurrences(
                of: "title: Payments API v2 launch", with: "title: Edited EDIT-7310"))
            #expect(waitFor { page("payments-api")?.body.contains("EDIT-7310") == true }, "\(server.stderr)")
        }
    }

    /// A rebuild prints the diagnostics the save introduced, not the ones
    /// every build has: on a large site those are thousands of lines a save.
    @Test(.timeLimit(.minutes(2))) func aRebuildPrintsWhatTheSaveChanged() throws {
        try servingExample { site, server, _ in
            let first = server.stderr
            // An error: rebuilds used to print every error again.
            let everyBuild = try #require(
                first.split(separator: "\n").first { $0.contains(": error: ") }, "the first build printed no error: \(first)")

            let review = try site.read("Content/reviews/payments-api.md")
            try site.write("Content/reviews/payments-api.md", review.replacingOccurrences(
                of: "- [x] Latency dashboards", with: "- [ ] Latency dashboards"))
            #expect(waitFor { server.stderr.contains("Rebuilt ") }, "no rebuild: \(server.stderr)")
            let rebuild = String(server.stderr.dropFirst(first.count))
            #expect(rebuild.contains("payments-api.md:") && rebuild.contains("[checklist-item-unchecked]"), "\(rebuild)")
            #expect(!rebuild.contains(everyBuild), "\(rebuild)")
        }
    }

    @Test func bindsLoopbackByDefault() throws {
        let help = try PRRProcess.run(["serve", "--help"])
        #expect(help.stdout.contains("--host <host>"))
        #expect(help.stdout.contains("default: 127.0.0.1"))
    }

    /// `prr serve` on a free port in `site`, with the day the fixtures are
    /// written for; `polling` forces the polling watcher.
    /// Runs `body` against `prr serve` on a copy of the example site, on
    /// the port it reports, then stops the server and removes the copy.
    private func servingExample(
        polling: Bool = false, _ body: (SiteFixture, ServerProcess, Int) throws -> Void
    ) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let server = try serve(site, polling: polling)
        defer { server.terminate() }
        let port = try #require(server.port(), "no Serving line: \(server.stderr)")
        try body(site, server, port)
    }

    private func serve(_ site: SiteFixture, polling: Bool = false) throws -> ServerProcess {
        try ServerProcess(
            arguments: ["serve", "--port", "0", "--today", "2026-11-26"], in: site.root,
            environment: polling ? ["PRR_SERVE_POLL": "1"] : [:])
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
