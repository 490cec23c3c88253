import Foundation

/// Values kept alive until the process exits.
///
/// A one-shot command that exits right after its work need not tear its
/// model down: freeing the millions of small objects of 10,000 reviews takes
/// about a second on one core, time the user waits for nothing. (Compilers do
/// the same: clang skips freeing its AST at exit.) Long-running commands such
/// as `prr serve` must not use this.
public enum ProcessLifetime {
    private final class Keeper: @unchecked Sendable {
        let lock = NSLock()
        var values: [Any] = []
    }

    private static let keeper = Keeper()

    /// Keeps `value` from being freed before the process exits.
    public static func keep(_ value: Any) {
        keeper.lock.withLock { keeper.values.append(value) }
    }
}
