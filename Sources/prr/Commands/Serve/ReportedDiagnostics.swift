import Readiness

/// The diagnostics serve's last build had, so a rebuild prints only what a
/// save changed.
///
/// On a large site every rebuild has the same thousands of findings; printing
/// them all after each save buried the one the save introduced and kept a
/// core busy. The first build prints everything; a rebuild prints the
/// diagnostics the build before it did not have, and its summary line still
/// counts them all.
actor ReportedDiagnostics {
    private var last: Set<Diagnostic> = []

    /// Records `diagnostics` as the last build's and returns those the build
    /// before did not have, in their order.
    func new(in diagnostics: [Diagnostic]) -> [Diagnostic] {
        let previous = last
        last = Set(diagnostics)
        return diagnostics.filter { !previous.contains($0) }
    }
}
