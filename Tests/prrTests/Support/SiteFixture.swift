import Foundation

/// A throwaway site folder: a copy of the example `Content/` and `Layouts/`
/// (or parts of it) that a test can break without touching the repository.
struct SiteFixture {
    let root: URL

    init(copyExample: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("prr-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if copyExample {
            for folder in ["Content", "Layouts"] {
                try FileManager.default.copyItem(
                    at: PRRProcess.packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
            }
        }
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// Adds rows to the example's lists that are short there, so a small
    /// `page_size` splits them too: three launched reviews (`late-1` …
    /// `late-3`, tier 1) with no retrospective, an accepted risk about to
    /// expire and an expired one each; a retired one (`gone`) with three retrospectives,
    /// each with a capacity estimate and an unanticipated incident; three
    /// launched last week (`soon-1` … `soon-3`) whose retrospectives are
    /// coming up; and three catalog Components without a review (`spare-1` …
    /// `spare-3`) in the `checkout-flow` System. All belong to the checkout
    /// team, so its team page's lists split as well.
    func addLongListRows() throws {
        for number in 1...3 {
            try write("Content/reviews/late-\(number).md", """
                ---
                service: late-\(number)
                title: Late \(number)
                tier: 1
                owner: group:default/checkout
                status: launched
                review_date: 2026-0\(number)-01
                launch_date: 2026-0\(number)-15
                risks:
                  - {item: capacity.load-testing, reason: "Booked", accepted_by: user:vp, expires: 2026-12-0\(number)}
                  - {item: security.threat-model, reason: "Old waiver", accepted_by: user:ciso, expires: 2026-10-0\(number)}
                ---
                # Late \(number)

                ## Capacity and scaling
                - [ ] Load testing performed

                ## Security and compliance
                - [ ] Threat model exists

                """)
        }
        for number in 1...3 {
            try write("Content/reviews/soon-\(number).md", """
                ---
                service: soon-\(number)
                title: Soon \(number)
                tier: 3
                owner: group:default/checkout
                status: launched
                review_date: 2026-11-1\(number)
                launch_date: 2026-11-2\(number)
                ---
                # Soon \(number)

                """)
        }
        try write("Content/catalog/long-lists.yaml", (1...3).map { number in
            """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata: {name: spare-\(number)}
            spec: {type: service, lifecycle: production, owner: group:default/checkout, system: checkout-flow}

            """
        }.joined(separator: "---\n"))
        try write("Content/reviews/gone.md", """
            ---
            service: gone
            title: Gone
            tier: 3
            owner: group:default/checkout
            status: retired
            review_date: 2025-01-01
            ---
            # Gone

            """)
        for number in 1...3 {
            try write("Content/retrospectives/gone-\(number).md", """
                ---
                service: gone
                date: 2025-0\(number + 2)-01
                capacity: {expected_peak_rps: 100, actual_peak_rps: \(100 + number)}
                incidents:
                  - {id: GONE-\(number), anticipated: false, summary: "Outage \(number)"}
                ---
                Looking back.

                """)
        }
    }

    func write(_ relative: String, _ text: String) throws {
        let file = url(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: url(relative).path) }

    /// Every file below a folder with its bytes, for comparing whole trees.
    func snapshot(_ relative: String) throws -> [String: Data] {
        try Self.snapshot(of: url(relative))
    }

    /// Every file below any folder with its bytes.
    static func snapshot(of base: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
        while let file = enumerator?.nextObject() as? URL {
            guard (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[String(file.path.dropFirst(base.path.count))] = try Data(contentsOf: file)
        }
        return files
    }

    @discardableResult
    func prr(_ arguments: [String]) throws -> PRRProcess.Result {
        try PRRProcess.run(arguments, in: root)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
