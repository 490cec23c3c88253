import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A build killed with SIGKILL at any moment leaves `Output/` either byte for
/// byte the previous site or byte for byte the complete new one — never a mix,
/// never missing — and the next build succeeds and removes the staging
/// folders the killed builds left behind.
///
/// The site is the example grown to ~200 reviews (the debug prr the tests run
/// takes ~30 ms of CPU per review, so ~2,000 would make each of the 17 builds
/// a minute long on a loaded machine). Every build gets its own site title
/// (same length), so "the new site" is the reference build with the title
/// swapped. Seeded kill delays: a third spread over the whole run, the rest
/// inside the write-and-swap phase (from the moment the staging folder
/// appears), where a mix could actually happen.
@Suite(.serialized) struct KillDuringBuildTests {
    /// A seeded generator (SplitMix64), so a failure names a delay that can be replayed.
    struct SeededRandom: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let kills = 15
    static let seed: UInt64 = 20_261_126

    func title(_ run: Int) -> String { String(format: "Kill run %03d", run) }

    /// Starts `prr build -q` and sends SIGKILL `delay` seconds after the start,
    /// or after its staging folder appears when `afterStaging`; returns
    /// whether it was killed before it finished, its exit status and when
    /// staging began. Output goes to /dev/null: a large site's diagnostics
    /// would fill a pipe nobody reads while waiting.
    func buildAndKill(_ site: SiteFixture, after delay: Double, afterStaging: Bool) throws
        -> (killed: Bool, status: Int32, stagingAt: Double?)
    {
        let process = Process()
        process.executableURL = PRRProcess.executable
        process.arguments = ["build", "-q"]
        process.currentDirectoryURL = site.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        let staging = site.url(".Output.prr-staging-\(process.processIdentifier)").path
        var stagingAt: Double?
        var deadline = afterStaging ? Date.distantFuture : started.addingTimeInterval(delay)
        while process.isRunning, Date() < deadline {
            if stagingAt == nil, FileManager.default.fileExists(atPath: staging) {
                stagingAt = Date().timeIntervalSince(started)
                if afterStaging { deadline = Date().addingTimeInterval(delay) }
            }
            usleep(1_000)
        }
        let killed = process.isRunning
        if killed { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return (killed && process.terminationReason == .uncaughtSignal, process.terminationStatus, stagingAt)
    }

    /// Wall-clock seconds a block takes.
    func measure(_ block: () throws -> Void) rethrows -> Double {
        let started = Date()
        try block()
        return Date().timeIntervalSince(started)
    }

    @Test(.timeLimit(.minutes(15))) func killedBuildsLeaveOneWholeSite() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try LargeSite.grow(site, copies: 16)
        try LargeSite.setTitle(site, title(0))
        // The reference build, also measuring when writing starts and ends.
        var stagingAt: Double?
        let buildTime = try measure { stagingAt = try buildAndKill(site, after: 3_600, afterStaging: false).stagingAt }
        let referenceSite = try site.snapshot("Output")
        #expect(referenceSite.count > 200, "the large site has \(referenceSite.count) files")
        #expect(referenceSite["/.prr-output"] != nil, "the reference build did not publish")
        let writeTime = max(0.05, buildTime - (stagingAt ?? buildTime))

        var random = SeededRandom(state: Self.seed)
        var previous = referenceSite
        var killedCount = 0
        for run in 1...Self.kills {
            try LargeSite.setTitle(site, title(run))
            let expected = LargeSite.retitled(referenceSite, from: title(0), to: title(run))
            let inWritePhase = run % 3 != 1
            let fraction = Double.random(in: 0..<1, using: &random)
            let delay = inWritePhase ? fraction * writeTime * 1.2 : fraction * buildTime
            let (killed, _, _) = try buildAndKill(site, after: delay, afterStaging: inWritePhase)
            if killed { killedCount += 1 }
            let label = "run \(run), killed \(String(format: "%.3f", delay)) s after \(inWritePhase ? "staging began" : "the start") (seed \(Self.seed))"
            #expect(site.exists("Output"), "\(label): Output/ is missing")
            let now = try site.snapshot("Output")
            let isPrevious = now == previous
            let isNew = now == expected
            #expect(isPrevious || isNew, "\(label): Output/ is a mix of \(now.count) files")
            if !killed { #expect(isNew, "\(label): the build finished but Output/ is not the new site") }
            previous = isNew ? expected : previous
        }
        #expect(killedCount >= Self.kills / 2, "only \(killedCount) builds were killed before they finished")

        // The next build succeeds and removes what the killed builds left.
        try LargeSite.setTitle(site, title(99))
        let next = try buildAndKill(site, after: 3_600, afterStaging: false)
        #expect(next.status == 0, "the build after the killed ones failed")
        #expect(try site.snapshot("Output") == LargeSite.retitled(referenceSite, from: title(0), to: title(99)))
        #expect(LargeSite.leftovers(site).isEmpty, "left behind: \(LargeSite.leftovers(site))")
    }

    /// A staging folder of a process that is gone is removed by the next
    /// build; one whose process still runs is left alone (a concurrent build).
    @Test func staleStagingFoldersAreRemovedLiveOnesKept() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let dead = site.url(".Output.prr-staging-\(Int32.max - 7)")
        let live = site.url(".Output.prr-staging-1")  // PID 1 is always alive
        let other = site.url(".Elsewhere.prr-staging-\(Int32.max - 7)")
        for folder in [dead, live, other] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: folder.appendingPathComponent("index.html"))
        }
        let result = try site.prr(["build", "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dead.path), "a dead build's staging folder was kept")
        #expect(FileManager.default.fileExists(atPath: live.path), "a running build's staging folder was removed")
        #expect(FileManager.default.fileExists(atPath: other.path), "another output's staging folder was removed")
    }
}
