import Foundation
import Testing

/// The test harness itself: `PRRProcess.run` returns when prr writes far
/// more than a pipe holds (64 KB) to standard error, as a build of a large
/// site with many findings does, instead of deadlocking with prr blocked on
/// a full stderr pipe while the harness waits for stdout to end.
@Suite struct LargeOutputProcessTests {
    @Test(.timeLimit(.minutes(5))) func largeStandardErrorDoesNotDeadlock() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try LargeSite.grow(site, copies: 8)
        let result = try site.prr(["build"])
        #expect(result.status == 0)
        #expect(result.stderr.utf8.count > 128 * 1024, "only \(result.stderr.utf8.count) bytes of diagnostics")
        #expect(result.stderr.contains("Built "))
    }
}
