import Foundation

/// A value one thread sets while others go on without waiting: they read
/// nil until it is set, then what was set last. Where ``OnceValue`` makes
/// readers wait for the value, this suits work that can do without it and
/// does better with it, such as pages written while a build is still
/// listing the paths their links may lead to.
public final class LatestValue<Value: Sendable>: @unchecked Sendable {
    private var current: Value?
    private let lock = NSLock()

    public init() {}

    /// The value last set, or nil before any.
    public var value: Value? { lock.withLock { current } }

    public func set(_ value: Value) {
        lock.withLock { current = value }
    }
}
