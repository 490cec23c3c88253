import Dispatch
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
        // Freeing a large site's values takes a fair share of a rebuild
        // (a tenth of a second at 10,000 reviews): the box's reference is the
        // last, and a background thread drops it once the new site is served.
        let previous = Box(self.preview)
        self.preview = preview
        DispatchQueue.global(qos: .utility).async { previous.value = nil }
        return generation
    }

    /// Carries the old site to the thread that frees it.
    private final class Box: @unchecked Sendable {
        var value: SitePreview?
        init(_ value: SitePreview?) { self.value = value }
    }

    func failed(_ diagnostics: [Diagnostic], message: String?) -> Int {
        generation += 1
        failure = Failure(diagnostics: diagnostics, message: message)
        return generation
    }
}
