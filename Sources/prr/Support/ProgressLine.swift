import Foundation

/// A "Building…" line for builds that take a while, shown only when standard
/// error is a terminal (never in CI logs or pipes) and erased when the work ends.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var shown = false
    private var finished = false

    /// Shows `message` if the work is still running after `delay` seconds.
    init(_ message: String, after delay: Double = 0.5, enabled: Bool = true) {
        guard enabled, Terminal.isInteractive else { return }
        DispatchQueue.global().asyncAfter(deadline: .now() + delay) { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard !finished else { return }
            shown = true
            Terminal.standardError(message, newline: false)
        }
    }

    /// Erases the line if it was shown.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        if shown { Terminal.standardError("\r\u{1B}[K", newline: false) }
    }
}
