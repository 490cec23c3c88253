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

    /// Readers never wait for the setter: while another thread is still
    /// making the value, every read returns at once, without it. A read
    /// that waited for the value would never return here (the setter
    /// goes on only after the reads), and the time limit fails the test.
    @Test(.timeLimit(.minutes(1)))
    func readersGoOnWithoutWaitingForTheValue() {
        let latest = LatestValue<String>()
        let making = DispatchSemaphore(value: 0)
        let readsDone = DispatchSemaphore(value: 0)
        let set = DispatchSemaphore(value: 0)
        Thread {
            making.signal()
            readsDone.wait()
            latest.set("listed")
            set.signal()
        }.start()
        making.wait()
        let seen = (0..<50).map { _ in latest.value }
        readsDone.signal()
        set.wait()
        #expect(seen.allSatisfy { $0 == nil })
        #expect(latest.value == "listed")
    }
}
