import Foundation

/// A value made on first need, once, however many threads ask for it: the
/// others wait for the one making it. `prr serve` makes a site's tables
/// this way, so only the requests that need a table pay for it, and a load
/// makes its catalog on whichever core is free first.
public final class OnceValue<Value>: @unchecked Sendable {
    private let make: () -> Value
    private var value: Value?
    private let lock = NSLock()

    public init(_ make: @escaping () -> Value) {
        self.make = make
    }

    /// Whether the value has been made.
    public var isMade: Bool { lock.withLock { value != nil } }

    /// The value, made now if no one has made it yet.
    public func get() -> Value {
        lock.withLock {
            if let value { return value }
            let made = make()
            value = made
            return made
        }
    }
}
