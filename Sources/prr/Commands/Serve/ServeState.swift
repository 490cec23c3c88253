import Readiness
import SiteBuilder

/// What `prr serve` knows about its latest build: the generation of the
/// site, the site itself when it is previewed from memory, and the
/// diagnostics of a build that failed (nil while the latest build succeeded).
actor ServeState {
    struct Failure: Sendable {
        let diagnostics: [Diagnostic]
        let message: String?
    }

    private(set) var generation = 0
    private(set) var failure: Failure?
    /// The last good site in memory, unless builds are written to disk.
    private(set) var preview: SitePreview?

    func succeeded(_ preview: SitePreview?) -> Int {
        generation += 1
        failure = nil
        self.preview = preview
        return generation
    }

    func failed(_ diagnostics: [Diagnostic], message: String?) -> Int {
        generation += 1
        failure = Failure(diagnostics: diagnostics, message: message)
        return generation
    }
}
