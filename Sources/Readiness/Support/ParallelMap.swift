import Dispatch

extension Array where Element: Sendable {
    /// Maps on every core, keeping the order of the input so results are
    /// deterministic whatever order the work finishes in.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeResults<T>(count: count)
        let chunkSize = Swift.max(1, count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (count + chunkSize - 1) / chunkSize
        self.withUnsafeBufferPointer { input in
            let source = UnsafeInput(buffer: input)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * chunkSize
                for index in start..<Swift.min(start + chunkSize, source.buffer.count) {
                    results.store(transform(source.buffer[index]), at: index)
                }
            }
        }
        return results.collect()
    }
}

import Foundation

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

    func collect() -> [T] {
        (0..<count).compactMap { slots[$0] }
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}
