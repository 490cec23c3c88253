import Foundation
import Testing
@testable import Readiness

/// `prr serve` keeps each review's validation across loads; a load through
/// the cache must equal a fresh load after every kind of edit, and reuse
/// what the edit did not touch.
@Suite struct ValidationMemoTests {
    /// A copy of the example site, every file dated back so the parse cache keeps it.
    private struct Workspace {
        let folder: TemporaryFolder
        let content: ContentFolder
        /// Each edit dates its file back by a new age, so stamps always differ.
        private var age: TimeInterval = 3_600

        init() throws {
            folder = try TemporaryFolder()
            let example = fixturesFolder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Content")
            let root = folder.url.appendingPathComponent("Content")
            try FileManager.default.copyItem(at: example, to: root)
            content = ContentFolder(root: root, displayRoot: "Content")
            let files = try FileManager.default.subpathsOfDirectory(atPath: root.path)
            for path in files {
                try FileManager.default.setAttributes(
                    [.modificationDate: Date().addingTimeInterval(-7_200)], ofItemAtPath: root.appendingPathComponent(path).path)
            }
        }

        /// Writes `text` to a content file, dated back.
        mutating func write(_ path: String, _ text: String) throws {
            age -= 60
            let url = content.root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-age)], ofItemAtPath: url.path)
        }

        /// Replaces text in a content file, dated back.
        mutating func edit(_ path: String, _ old: String, _ new: String) throws {
            let text = try String(contentsOf: content.root.appendingPathComponent(path), encoding: .utf8)
            #expect(text.contains(old), "\(path) has no \(old)")
            try write(path, text.replacingOccurrences(of: old, with: new))
        }

        func load(_ options: SiteLoader.Options = Self.options, cache: LoadCache? = nil) -> Site {
            SiteLoader.load(content: content, options: options, cache: cache)
        }

        static let options = SiteLoader.Options(today: Day("2026-11-26"))

        func remove() { folder.remove() }
    }

    /// The validation of the review of `service`.
    private func validation(_ site: Site, _ service: String) throws -> ReviewValidation {
        let review = try #require(site.review(named: service))
        return try #require(site.validation(of: review))
    }

    /// Everything validation produced, compared between a cached and a fresh load.
    private func expectSame(_ cached: Site, _ fresh: Site) {
        #expect(cached.diagnostics == fresh.diagnostics)
        #expect(cached.schedule.findings == fresh.schedule.findings)
        #expect(cached.catalog.entities == fresh.catalog.entities)
        #expect(cached.reviews.map(\.file) == fresh.reviews.map(\.file))
        #expect(cached.validations.count == fresh.validations.count)
        for (index, (kept, made)) in zip(cached.validations, fresh.validations).enumerated() {
            let file = fresh.reviews[index].file
            #expect(kept.findings == made.findings, "findings of \(file)")
            #expect(kept.diagnostics == made.diagnostics, "diagnostics of \(file)")
            #expect(kept.readiness == made.readiness, "readiness of \(file)")
            #expect(kept.categoryAnchors == made.categoryAnchors, "anchors of \(file)")
        }
        // The site-wide tables, whether remade or kept.
        #expect(cached.schedule.entries.map(\.review.review) == fresh.schedule.entries.map(\.review.review))
        #expect(cached.schedule.entries.map(\.dueDate) == fresh.schedule.entries.map(\.dueDate))
        #expect(cached.lessons.estimates == fresh.lessons.estimates)
        #expect(cached.index.entries.map(\.owner) == fresh.index.entries.map(\.owner))
        #expect(cached.index.unreviewedComponents == fresh.index.unreviewedComponents)
    }

    /// Loads through `cache` (warmed up already) and fresh, expects them equal,
    /// and returns the cached load.
    private func loadBoth(_ workspace: Workspace, _ cache: LoadCache, _ options: SiteLoader.Options = Workspace.options) -> Site {
        let cached = workspace.load(options, cache: cache)
        expectSame(cached, workspace.load(options))
        return cached
    }

    @Test func anUnchangedSiteReusesEveryValidation() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let cache = LoadCache()
        let first = workspace.load(cache: cache)
        #expect(cache.validations.lastCounts.reused == 0)
        _ = loadBoth(workspace, cache)
        #expect(cache.validations.lastCounts == (0, first.reviews.count))
    }

    @Test func aBodyEditRevalidatesThatReviewAlone() throws {
        var workspace = try Workspace()
        defer { workspace.remove() }
        let cache = LoadCache()
        let before = workspace.load(cache: cache)
        try workspace.edit("reviews/fraud-scoring.md", "- [x]", "- [ ]")
        let after = loadBoth(workspace, cache)
        #expect(cache.validations.lastCounts == (1, before.reviews.count - 1))
        #expect(try validation(after, "fraud-scoring").findings != validation(before, "fraud-scoring").findings)
    }

    @Test func aStatusChangeRevalidatesTheReviewsThatDependOnIt() throws {
        var workspace = try Workspace()
        defer { workspace.remove() }
        let cache = LoadCache()
        let before = workspace.load(cache: cache)
        #expect(try !validation(before, "checkout-api").findings.contains { $0.message.contains("payments-api` is only") })
        try workspace.edit("reviews/payments-api.md", "status: launched", "status: draft")
        let after = loadBoth(workspace, cache)
        // payments-api itself, and checkout-api, returns-portal and seller-payouts, which list it as a dependency.
        #expect(cache.validations.lastCounts == (4, before.reviews.count - 4))
        #expect(try validation(after, "checkout-api").findings.contains { $0.message.contains("payments-api` is only draft") },
                "a tier-1 review sees its dependency's new status")
    }

    @Test func aPolicyEditRevalidatesEveryReview() throws {
        var workspace = try Workspace()
        defer { workspace.remove() }
        let cache = LoadCache()
        let before = workspace.load(cache: cache)
        try workspace.write("policy.yaml", "thresholds:\n  headroom_factor: 9\n")
        let after = loadBoth(workspace, cache)
        #expect(cache.validations.lastCounts == (before.reviews.count, 0))
        #expect(after.diagnostics.contains { $0.ruleID == Rule.headroomLow.id })
        #expect(!before.diagnostics.contains { $0.ruleID == Rule.headroomLow.id && $0.message.contains("9x") })

        // Back to the built-in policy: equal to the first load again.
        try FileManager.default.removeItem(at: workspace.content.root.appendingPathComponent("policy.yaml"))
        _ = loadBoth(workspace, cache)
    }

    /// Parsing matches each review's checklist to the policy's items, so a
    /// change to the items must parse the reviews again, not only revalidate.
    @Test func aChecklistPolicyEditParsesEveryReviewAgain() throws {
        var workspace = try Workspace()
        defer { workspace.remove() }
        let cache = LoadCache()
        let before = workspace.load(cache: cache)
        #expect(!before.diagnostics.contains { $0.ruleID == Rule.checklistUnknownItem.id && $0.message.contains("Threat model") })

        // Drops an item the reviews list, and moves every later item's position.
        try workspace.write("policy.yaml", "remove_items: [security.threat-model]\n")
        let after = loadBoth(workspace, cache)
        #expect(after.diagnostics.contains {
            $0.ruleID == Rule.checklistUnknownItem.id && $0.location.file.hasSuffix("checkout-api.md")
                && $0.message.contains("Threat model exists")
        })
        #expect(try validation(after, "checkout-api").readiness != validation(before, "checkout-api").readiness)

        // Thresholds on top: the parses stand, and still match a fresh load.
        try workspace.write("policy.yaml", "remove_items: [security.threat-model]\nthresholds:\n  headroom_factor: 9\n")
        _ = loadBoth(workspace, cache)

        try FileManager.default.removeItem(at: workspace.content.root.appendingPathComponent("policy.yaml"))
        let restored = loadBoth(workspace, cache)
        expectSame(restored, before)
    }

    @Test func aCatalogEditRevalidatesEveryReviewAndAnUntouchedCatalogIsKept() throws {
        var workspace = try Workspace()
        defer { workspace.remove() }
        let cache = LoadCache()
        let before = workspace.load(cache: cache)
        let generation = cache.catalogMemo.lastGeneration
        _ = loadBoth(workspace, cache)
        #expect(cache.catalogMemo.lastGeneration == generation, "unchanged descriptor files keep the catalog")

        try workspace.edit("catalog/org.yaml", "name: sam.patel", "name: sam.patel-gone")
        let after = loadBoth(workspace, cache)
        #expect(cache.catalogMemo.lastGeneration != generation)
        #expect(cache.validations.lastCounts == (before.reviews.count, 0))
        #expect(after.diagnostics.contains { $0.ruleID == Rule.reviewerUnknown.id && $0.message.contains("sam.patel") })
    }

    @Test func aNewRetrospectiveRevalidatesTheReviewItConcerns() throws {
        var workspace = try Workspace()
        defer { workspace.remove() }
        let cache = LoadCache()
        let before = workspace.load(cache: cache)
        let owed = try validation(before, "notification-service").findings.filter { $0.rule == .retrospectiveOverdue }
        #expect(!owed.isEmpty, "the example's notification-service owes its retrospective")
        let retrospective = "---\nservice: notification-service\ndate: 2026-10-01\n---\n\nWritten.\n"
        try workspace.write("retrospectives/notification-service.md", retrospective)
        let after = loadBoth(workspace, cache)
        #expect(try validation(after, "notification-service").findings.filter { $0.rule == .retrospectiveOverdue }.isEmpty)
        #expect(cache.validations.lastCounts.validated >= 1)
        #expect(cache.validations.lastCounts.reused > 0)
    }

    @Test func anotherTodayOrStrictRevalidatesEveryReview() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let cache = LoadCache()
        let before = workspace.load(cache: cache)
        let later = SiteLoader.Options(today: Day("2028-01-01"))
        let after = loadBoth(workspace, cache, later)
        #expect(cache.validations.lastCounts == (before.reviews.count, 0))
        #expect(after.diagnostics.count(of: .error) != before.diagnostics.count(of: .error))

        let strict = SiteLoader.Options(today: Day("2028-01-01"), strict: true)
        let strictSite = loadBoth(workspace, cache, strict)
        #expect(cache.validations.lastCounts == (before.reviews.count, 0))
        #expect(strictSite.validations.allSatisfy { $0.openFindings.allSatisfy { $0.severity == .error } })

        _ = loadBoth(workspace, cache, later)
        #expect(cache.validations.lastCounts == (before.reviews.count, 0), "not strict again")
    }

    // MARK: The site-wide tables

    /// A body edit (a checklist tick, a paragraph) keeps the tables; any
    /// edit of front matter, a retrospective or the policy makes them again.
    @Test func bodyEditsKeepTheSiteWideTablesAndEverythingElseRemakesThem() throws {
        var workspace = try Workspace()
        defer { workspace.remove() }
        let cache = LoadCache()
        _ = workspace.load(cache: cache)
        #expect(!cache.tables.lastReused)

        // A launched review with a retrospective: its schedule entry keeps
        // the earlier parse, whose front matter is the same.
        try workspace.edit("reviews/payments-api.md", "- [x] Latency dashboards", "- [ ] Latency dashboards")
        let ticked = loadBoth(workspace, cache)
        #expect(cache.tables.lastReused)
        #expect(cache.validations.lastCounts.validated == 1)
        #expect(try validation(ticked, "payments-api").findings.contains { $0.rule.id == "checklist-item-unchecked" })
        try workspace.edit("reviews/payments-api.md", "## Monitoring", "A new paragraph.\n\n## Monitoring")
        _ = loadBoth(workspace, cache)
        #expect(cache.tables.lastReused)

        try workspace.edit("reviews/payments-api.md", "status: launched", "status: approved")
        _ = loadBoth(workspace, cache)
        #expect(!cache.tables.lastReused)
        _ = loadBoth(workspace, cache)
        #expect(cache.tables.lastReused, "an unchanged site keeps them")

        let retrospective = "retrospectives/payments-api.md"
        let text = try String(contentsOf: workspace.content.root.appendingPathComponent(retrospective), encoding: .utf8)
        try workspace.write(retrospective, text + "\nOne more lesson.\n")
        _ = loadBoth(workspace, cache)
        #expect(!cache.tables.lastReused)

        try workspace.write("policy.yaml", "thresholds:\n  headroom_factor: 3\n")
        _ = loadBoth(workspace, cache)
        #expect(!cache.tables.lastReused)
        _ = loadBoth(workspace, cache, SiteLoader.Options(today: Day("2026-12-24")))
        #expect(!cache.tables.lastReused)
    }
}
