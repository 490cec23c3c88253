import Foundation

/// `prr serve` running in the background, with its port read from the
/// "Serving http://…" line it prints once it listens.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    private let errors = Pipe()
    private let lock = NSLock()
    private var stderrText = ""

    /// `environment` adds to (or overrides) the test's own environment.
    init(arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        process.executableURL = PRRProcess.executable
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        errors.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            lock.lock()
            stderrText += String(decoding: data, as: UTF8.self)
            lock.unlock()
        }
        try process.run()
    }

    var stderr: String {
        lock.lock()
        defer { lock.unlock() }
        return stderrText
    }

    /// The port once the server listens, waiting at most `timeout` seconds.
    func port(timeout: Double = 60) -> Int? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline, process.isRunning {
            if let match = stderr.firstMatch(of: /Serving http:\/\/127\.0\.0\.1:(\d+)\//), let port = Int(match.1) {
                return port
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Sends SIGINT and waits for the exit; true when it exited in time.
    func interrupt(timeout: Double = 10) -> Bool {
        guard process.isRunning else { return true }
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return !process.isRunning
    }

    /// Makes sure the server is gone, whatever happened in the test.
    func terminate() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        errors.fileHandleForReading.readabilityHandler = nil
    }
}
