import Dispatch
import Foundation
import Readiness
import SiteBuilder

/// Runs a build off the concurrency pool, records the outcome and tells the
/// browsers to reload.
///
/// By default a build only loads the site into memory (a ``SitePreview``)
/// and pages are rendered as they are asked for, reusing the parse of every
/// file that did not change; with `writesSite`, every build is a whole
/// `prr build` into the output folder.
struct Rebuilder: Sendable {
    let options: SiteBuild.Options
    let writesSite: Bool
    let state: ServeState
    let broadcaster: ReloadBroadcaster
    let outputOptions: OutputOptions
    /// Parse results kept from one build to the next.
    let cache = LoadCache()
    /// What the last build reported.
    let reported = ReportedDiagnostics()

    /// Builds once. `changedFiles`, when the watcher knows them, are the
    /// files changed since the last build: only they are examined again.
    func run(first: Bool, changedFiles: Set<String>? = nil) async {
        let started = Date()
        let (preview, result) = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: build(changedFiles: changedFiles))
            }
        }
        let generation: Int
        if result.published {
            generation = await state.succeeded(preview)
        } else {
            generation = await state.failed(result.diagnostics.filter { $0.severity == .error }, message: result.failure)
        }
        let seconds = Date().timeIntervalSince(started)
        await broadcaster.broadcast(generation)

        // Printed once the new site is served: printing a large site's
        // thousands of findings must not hold back the browsers' reload.
        // Rebuilds print what the save changed (everything with --verbose).
        let changed = await reported.new(in: result.diagnostics)
        DiagnosticOutput.print(first || outputOptions.verbose ? result.diagnostics : changed, options: outputOptions)
        if let failure = result.failure { Terminal.standardError("error: \(failure)") }
        if !outputOptions.quiet || !result.published {
            let what = result.published
                ? "\(first ? "Built" : "Rebuilt") \(preview?.pageCount ?? result.pagesWritten) pages" + (writesSite ? "" : " (rendered on request)")
                : "Build failed; serving its diagnostics"
            Terminal.standardError(String(
                format: "%@: %d errors, %d warnings, %.2f s", what,
                result.diagnostics.count(of: .error), result.diagnostics.count(of: .warning), seconds))
        }
    }

    private func build(changedFiles: Set<String>?) -> (SitePreview?, SiteBuild.Result) {
        writesSite
            ? (nil, SiteBuild.run(options)) : SitePreview.load(options, cache: cache, changedFiles: changedFiles)
    }
}
