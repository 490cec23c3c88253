import Dispatch
import Foundation
import Readiness
import SiteBuilder

/// Runs a build off the concurrency pool, records the outcome and tells the
/// browsers to reload.
struct Rebuilder: Sendable {
    let options: SiteBuild.Options
    let state: ServeState
    let broadcaster: ReloadBroadcaster
    let outputOptions: OutputOptions

    func run(first: Bool) async {
        let started = Date()
        let options = self.options
        let result = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: SiteBuild.run(options))
            }
        }
        // Rebuilds print only errors (everything with --verbose): the findings do not change on every save.
        var shown = outputOptions
        if !first && !outputOptions.verbose { shown.quiet = true }
        DiagnosticOutput.print(result.diagnostics, options: shown)
        if let failure = result.failure { Terminal.standardError("error: \(failure)") }
        let generation: Int
        if result.published {
            generation = await state.succeeded()
        } else {
            generation = await state.failed(result.diagnostics.filter { $0.severity == .error }, message: result.failure)
        }
        if !outputOptions.quiet || !result.published {
            let seconds = Date().timeIntervalSince(started)
            let what = result.published
                ? "\(first ? "Built" : "Rebuilt") \(result.pagesWritten) pages"
                : "Build failed; serving its diagnostics"
            Terminal.standardError(String(
                format: "%@: %d errors, %d warnings, %.2f s", what,
                result.diagnostics.count(of: .error), result.diagnostics.count(of: .warning), seconds))
        }
        await broadcaster.broadcast(generation)
    }
}
