import Dispatch
import Foundation

/// Ctrl-C and SIGTERM: Hummingbird's service group shuts the server down
/// gracefully; this closes the live-reload streams so open browser tabs do not
/// hold that shutdown up, and exits anyway if it has not finished in 5 s.
final class StopSignals: @unchecked Sendable {
    private var sources: [any DispatchSourceSignal] = []

    init(broadcaster: ReloadBroadcaster, scratch: URL?) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                Task { await broadcaster.close() }
                DispatchQueue.global().asyncAfter(deadline: .now() + 5) {
                    Terminal.standardError("prr serve did not stop within 5 s; exiting.")
                    if let scratch { try? FileManager.default.removeItem(at: scratch) }
                    exit(1)
                }
            }
            source.resume()
            sources.append(source)
        }
    }

    func cancel() {
        for source in sources { source.cancel() }
    }
}
