import Foundation
import Readiness
import Testing

@Suite struct LatestValueTests {
    @Test func isNilUntilSetThenTheLastValueSet() {
        let latest = LatestValue<Int>()
        #expect(latest.value == nil)
        latest.set(1)
        latest.set(2)
        #expect(latest.value == 2)
    }

    /// Readers never wait for the setter: while the value is being made,
    /// every element is mapped without it, on the other core.
    @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1))
    func readersGoOnWithoutWaitingForTheValue() {
        let latest = LatestValue<String>()
        let release = DispatchSemaphore(value: 0)
        let seen = Array(0..<50).parallelMap(alongside: {
            // Held until every element is mapped (or 5 s): a reader that
            // waited for the value would see it set.
            _ = release.wait(timeout: .now() + 5)
            latest.set("listed")
        }) { index -> String? in
            if index == 49 { release.signal() }
            return latest.value
        }
        #expect(seen.count == 50)
        #expect(seen.dropLast().allSatisfy { $0 == nil })
        #expect(latest.value == "listed")
    }
}
