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
