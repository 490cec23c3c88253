import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps on every core, keeping the order of the input so results are
    /// deterministic whatever order the work finishes in.
    ///
    /// Each worker takes the next element when it is free rather than a
    /// fixed share: elements can differ a thousandfold in cost (a site's gap
    /// summary against one review page), and fixed shares would leave one
    /// core finishing the big ones while the other idles. List the costliest
    /// elements first.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        return parallelMap(alongside: nil, transform)
    }

    /// ``parallelMap(_:)`` with one more piece of work for the same
    /// workers: `work` is taken first, and the elements are mapped on the
    /// other cores meanwhile and on its core once it is done. Work that
    /// must wait for no element (loading the catalog beside the reviews)
    /// then keeps a core busy that would otherwise idle through its
    /// one-core steps, without a thread more than there are cores.
    public func parallelMap<T: Sendable>(alongside work: (@Sendable () -> Void)?, _ transform: @Sendable (Element) -> T) -> [T] {
        let results = UnsafeResults<T>(count: count)
        let next = NextIndex()
        let jobs = count + (work == nil ? 0 : 1)
        let workers = Swift.min(jobs, ProcessInfo.processInfo.activeProcessorCount)
        self.withUnsafeBufferPointer { input in
            let source = UnsafeInput(buffer: input)
            DispatchQueue.concurrentPerform(iterations: Swift.max(workers, 1)) { _ in
                while true {
                    var index = next.take()
                    if let work {
                        if index == 0 {
                            work()
                            continue
                        }
                        index -= 1
                    }
                    guard index < source.buffer.count else { return }
                    results.store(transform(source.buffer[index]), at: index)
                }
            }
        }
        return results.collect()
    }
}

extension Array where Element: Sendable {
    /// ``parallelMap(_:)`` that hands each element over instead of lending
    /// it: the array is left empty, and each element is freed as soon as
    /// its transform returns rather than all of them after the last one.
    /// For inputs read once that are only needed until their element is
    /// mapped (a review's checklist answers, which only validation reads).
    public mutating func consumingParallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let handOff = UnsafeResults<Element>(count: count)
        for (index, element) in enumerated() { handOff.store(element, at: index) }
        let count = self.count
        self = []
        // Each index is taken by exactly one worker, so every slot is full when taken.
        return Array<Int>(0..<count).parallelMap { handOff.take(at: $0).map(transform) }.compactMap { $0 }
    }
}

/// The next element to map, shared by the workers. A lock rather than
/// `Synchronization.Atomic`, which needs macOS 15 and prr supports 13; one
/// uncontended lock per element costs nothing beside the work.
private final class NextIndex: @unchecked Sendable {
    private var next = 0
    private let lock = NSLock()

    func take() -> Int {
        lock.lock()
        defer { lock.unlock() }
        next += 1
        return next - 1
    }
}

/// The input buffer, read-only from every worker.
private struct UnsafeInput<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>
}

/// One slot per input index; each index is written by exactly one worker,
/// so no two threads touch the same slot.
private final class UnsafeResults<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    func store(_ value: T, at index: Int) { slots[index] = value }

    /// The value at `index`, leaving the slot empty.
    func take(at index: Int) -> T? {
        let value = slots[index]
        slots[index] = nil
        return value
    }

    func collect() -> [T] {
        (0..<count).compactMap { slots[$0] }
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}
