import Testing
@testable import CommonMark

@Suite struct SlugTests {
    @Test(arguments: [
        ("Observability", "observability"),
        ("Latency & Errors (p99)", "latency-errors-p99"),
        ("  --Leading and trailing--  ", "leading-and-trailing"),
        ("Überwachung und Größe", "überwachung-und-größe"),
        ("日本語の見出し", "日本語の見出し"),
        ("Café\u{301} décomposé", "café\u{301}-décomposé"),
        ("v2.0 — Rollout/Rollback", "v2-0-rollout-rollback"),
        ("!!!", "section"),
        ("", "section"),
        ("🚀 Launch", "launch"),
    ])
    func slugs(_ input: String, _ expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test func registryNumbersDuplicatesAndAvoidsTakenNames() {
        var registry = SlugRegistry()
        let anchors = ["Intro", "Intro", "Intro 2", "intro", "!!", "?"].map { registry.unique(for: $0) }
        #expect(anchors == ["intro", "intro-2", "intro-2-2", "intro-3", "section", "section-2"])
    }
}
