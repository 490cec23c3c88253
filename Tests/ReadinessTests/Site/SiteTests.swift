import Testing
@testable import Readiness

@Suite struct SiteTests {
    private static let today = Day(year: 2026, month: 3, day: 1)!

    private static func site(_ diagnostics: [Diagnostic], sortedRuns: [[Diagnostic]] = []) -> Site {
        Site(config: SiteConfig(), today: today, policy: .default, catalog: .empty, reviews: [], validations: [],
             retrospectives: [],
             schedule: RetrospectiveSchedule(reviews: [], retrospectives: [], policy: .default, today: today),
             lessons: RetrospectiveLessons(retrospectives: [], reviews: [], policy: .default),
             diagnostics: diagnostics, sortedRuns: sortedRuns)
    }

    /// Every way two diagnostics can differ, in a scrambled order.
    private static let scrambled: [Diagnostic] = {
        var all: [Diagnostic] = []
        for file in ["Content/reviews/b.md", "Content/reviews/a.md", "Content/policy.yaml", "Content/reviews/a-b.md", ""] {
            for line in [12, 3, 0] {
                for column in [7, 1] {
                    for severity in [Severity.note, .error, .warning] {
                        for rule in ["slo-missing", "alert-without-runbook"] {
                            for message in ["second", "first"] {
                                all.append(Diagnostic(severity, rule, message,
                                                      at: SourceLocation(file: file, line: line, column: column)))
                            }
                        }
                    }
                }
            }
        }
        // A fixed shuffle: every seventh, starting over, keeps runs apart.
        return (0..<7).flatMap { start in stride(from: start, to: all.count, by: 7).map { all[$0] } }
    }()

    @Test func diagnosticsAreInTheOrderOfSortingThemAll() {
        let site = Self.site(Self.scrambled)
        #expect(site.diagnostics == Self.scrambled.sorted())
        #expect(site.diagnostics.count == Self.scrambled.count)
    }

    @Test func diagnosticsByFileAreEachFilesInOrder() {
        let site = Self.site(Self.scrambled)
        let sorted = Self.scrambled.sorted()
        for file in Set(Self.scrambled.map(\.location.file)) {
            #expect(site.diagnostics(in: file) == sorted.filter { $0.location.file == file })
        }
        #expect(site.diagnostics(in: "Content/none.md").isEmpty)
    }

    /// Validations hand over each review's diagnostics sorted; they must
    /// land where sorting everything would put them, beside the file's
    /// other diagnostics, and a run over several files too.
    @Test(arguments: [0, 1, 2]) func sortedRunsAreInTheOrderOfSortingThemAll(split: Int) {
        let sorted = Self.scrambled.sorted()
        let files = Array(Set(sorted.map(\.location.file))).sorted()
        var loose: [Diagnostic] = []
        var runs: [[Diagnostic]] = []
        for (position, file) in files.enumerated() {
            let ofFile = sorted.filter { $0.location.file == file }
            switch (split + position) % 3 {
            case 0: runs.append(ofFile)
            case 1: runs.append(Array(ofFile.prefix(5))); loose += ofFile.dropFirst(5).reversed()
            default: runs.append(Array(ofFile.suffix(3))); runs.append(Array(ofFile.dropLast(3)))
            }
        }
        // A run across two files (each file has 72).
        let crossing = Array(sorted[60..<90])
        loose.removeAll { crossing.contains($0) }
        runs = runs.map { $0.filter { !crossing.contains($0) } } + [[], crossing]
        let site = Self.site(loose, sortedRuns: runs)
        #expect(site.diagnostics == sorted)
        for file in files { #expect(site.diagnostics(in: file) == sorted.filter { $0.location.file == file }) }
    }
}
