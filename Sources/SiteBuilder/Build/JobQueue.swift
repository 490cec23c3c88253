import Dispatch
import Foundation
import Synchronization

/// Runs jobs on every core, each worker taking the next job when it is free.
///
/// A site's jobs differ a thousandfold in cost (the gap summary of 10,000
/// reviews against one review page), so fixed chunks would leave one core
/// finishing a chunk of big pages while the other idles; taking jobs one at
/// a time in list order, with the biggest listed first, keeps both busy.
/// Results keep the order of the jobs.
enum JobQueue {
    static func run<Job: Sendable, Result: Sendable>(_ jobs: [Job], _ work: @Sendable (Job) -> Result) -> [Result] {
        let results = ResultSlots<Result>(count: jobs.count)
        let next = Atomic<Int>(0)
        let workers = min(jobs.count, ProcessInfo.processInfo.activeProcessorCount)
        jobs.withUnsafeBufferPointer { buffer in
            let input = SendableBuffer(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: max(workers, 1)) { _ in
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < input.buffer.count else { return }
                    results.store(work(input.buffer[index]), at: index)
                }
            }
        }
        return results.collect()
    }
}

/// The job list, read-only from every worker.
private struct SendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>
}

/// One slot per job; each is written by exactly one worker, so no two
/// threads touch the same memory.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    func store(_ value: T, at index: Int) { slots[index] = value }

    func collect() -> [T] { (0..<count).compactMap { slots[$0] } }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}
