import Foundation
import Testing

@Suite struct DiffCommandTests {
    private func git(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"]
            + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments) failed")
    }

    @Test func reportsTheGapAFixClosed() throws {
        let site = try SiteFixture(copyExample: false)
        defer { site.remove() }
        try site.prr(["init", "-q", "--today", "2026-11-26"])
        try git(["init", "-q"], in: site.root)
        try git(["add", "-A"], in: site.root)
        try git(["commit", "-q", "-m", "Review with gaps"], in: site.root)
        var review = try site.read("Content/reviews/example-service.md")
        review = review.replacingOccurrences(
            of: "- [ ] Rollback plan\n", with: "- [x] Rollback plan — [runbook](https://runbooks.example.com/rollback)\n")
        try site.write("Content/reviews/example-service.md", review)
        try git(["commit", "-q", "-a", "-m", "Fix the rollback gap"], in: site.root)

        let result = try site.prr(["diff", "--base", "HEAD~1", "--format", "json", "--today", "2026-11-26"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diff = try #require(json["diff"] as? [String: Any])
        let closed = try #require(diff["gaps_closed"] as? [[String: Any]])
        #expect(closed.contains { $0["rule"] as? String == "checklist-item-unchecked" && $0["item"] as? String == "rollout.rollback-plan"
            && $0["service"] as? String == "example-service" }, "\(closed)")
        let opened = try #require(diff["gaps_opened"] as? [[String: Any]])
        #expect(!opened.contains { $0["item"] as? String == "rollout.rollback-plan" && $0["rule"] as? String == "checklist-item-unchecked" })

        let same = try site.prr(["diff", "--base", "HEAD"])
        #expect(same.stdout.contains("No readiness changes"), "\(same.stdout)")
        let markdown = try site.prr(["diff", "--base", "HEAD~1", "--format", "markdown"])
        #expect(markdown.stdout.contains("#### Gaps closed"))
    }

    @Test func failsWithStatusTwoOutsideGitOrForABadRevision() throws {
        let site = try SiteFixture(copyExample: false)
        defer { site.remove() }
        try site.prr(["init", "-q"])
        let outside = try site.prr(["diff", "--base", "HEAD"])
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("not inside a git repository"), "\(outside.stderr)")
        try git(["init", "-q"], in: site.root)
        try git(["add", "-A"], in: site.root)
        try git(["commit", "-q", "-m", "one"], in: site.root)
        let bad = try site.prr(["diff", "--base", "no-such-branch"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("is not a revision"))
    }
}
