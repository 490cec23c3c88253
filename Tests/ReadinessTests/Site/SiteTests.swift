import Testing
@testable import Readiness

@Suite struct SiteTests {
    private static let today = Day(year: 2026, month: 3, day: 1)!

    private static func site(_ diagnostics: [Diagnostic]) -> Site {
        Site(config: SiteConfig(), today: today, policy: .default, catalog: .empty, reviews: [], validations: [],
             retrospectives: [],
             schedule: RetrospectiveSchedule(reviews: [], retrospectives: [], policy: .default, today: today),
             lessons: RetrospectiveLessons(retrospectives: [], reviews: [], policy: .default),
             diagnostics: diagnostics)
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
}
