import Foundation
import Testing
@testable import Readiness

@Suite struct ParallelMapTests {
    /// A value whose release can be observed.
    final class Tracked: @unchecked Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    @Test func keepsTheInputOrder() {
        let input = Array(0..<1_000)
        #expect(input.parallelMap { $0 * 2 } == input.map { $0 * 2 })
        #expect([Int]().parallelMap { $0 } == [])
    }

    /// A counter the work alongside a map bumps.
    final class Counter: @unchecked Sendable {
        private var count = 0
        private let lock = NSLock()
        var value: Int { lock.withLock { count } }
        func bump() { lock.withLock { count += 1 } }
    }

    @Test(arguments: [0, 1, 2, 1_000])
    func workAlongsideRunsOnceAndTheMapKeepsItsOrder(_ count: Int) {
        let input = Array(0..<count)
        let runs = Counter()
        #expect(input.parallelMap(alongside: { runs.bump() }) { $0 * 2 } == input.map { $0 * 2 })
        #expect(runs.value == 1)
    }

    /// The work is taken first, so with more than one core the elements are
    /// mapped while it runs rather than after it.
    @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1))
    func elementsAreMappedWhileTheWorkRuns() {
        let mapped = Counter()
        let seenByWork = Counter()
        _ = Array(0..<200).parallelMap(alongside: {
            let deadline = Date(timeIntervalSinceNow: 5)
            while mapped.value < 200, Date() < deadline { Thread.sleep(forTimeInterval: 0.001) }
            for _ in 0..<mapped.value { seenByWork.bump() }
        }) { element -> Int in
            mapped.bump()
            return element
        }
        #expect(seenByWork.value == 200, "the elements waited for the work")
    }

    @Test func consumingMapKeepsOrderEmptiesTheArrayAndFreesEveryElement() {
        var input = (0..<500).map(Tracked.init)
        let watchers = input.map { WeakBox($0) }
        let results = input.consumingParallelMap { $0.value * 3 }
        #expect(results == (0..<500).map { $0 * 3 })
        #expect(input.isEmpty)
        #expect(watchers.allSatisfy { $0.object == nil }, "no element outlives the map")
    }

    @Test func consumingMapFreesAnElementOnceItsTransformReturns() {
        // One element at a time on one worker would be the ideal; with any
        // number of workers, by the time the last element is transformed
        // most of the first ones must already be gone.
        var input = (0..<200).map(Tracked.init)
        let watchers = input.map { WeakBox($0) }
        let aliveAtTheEnd = input.consumingParallelMap { element -> Int in
            guard element.value == 199 else { return -1 }
            Thread.sleep(forTimeInterval: 0.05)
            return watchers.prefix(100).filter { $0.object != nil }.count
        }
        #expect(aliveAtTheEnd.last == 0, "the first hundred elements were freed while the map ran")
    }

    final class WeakBox: @unchecked Sendable {
        weak var object: Tracked?
        init(_ object: Tracked) { self.object = object }
    }
}
