import Readiness

/// What `prr serve` knows about its latest build: the generation of the site
/// on disk, and the diagnostics of a build that failed (nil while the latest
/// build succeeded).
actor ServeState {
    struct Failure: Sendable {
        let diagnostics: [Diagnostic]
        let message: String?
    }

    private(set) var generation = 0
    private(set) var failure: Failure?
    /// Whether any build has published a site yet.
    private(set) var hasSite = false

    func succeeded() -> Int {
        generation += 1
        failure = nil
        hasSite = true
        return generation
    }

    func failed(_ diagnostics: [Diagnostic], message: String?) -> Int {
        generation += 1
        failure = Failure(diagnostics: diagnostics, message: message)
        return generation
    }
}
