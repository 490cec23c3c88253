import CommonMark
import Foundation

/// The front half of the pipeline: load, parse, link and validate a content
/// folder into a `Site`. Each stage hands its data to the next.
public enum SiteLoader {
    public struct Options: Sendable {
        /// Overrides `site.yaml`'s `today` and the clock.
        public var today: Day?
        /// Overrides `site.yaml`'s `base_url`.
        public var baseURL: String?
        /// Makes every open finding an error.
        public var strict: Bool
        /// Where rendered bodies wait for page rendering; nil keeps them in
        /// memory, as `prr serve` does across rebuilds.
        public var bodies: BodyStore?

        public init(today: Day? = nil, baseURL: String? = nil, strict: Bool = false, bodies: BodyStore? = nil) {
            self.today = today
            self.baseURL = baseURL
            self.strict = strict
            self.bodies = bodies
        }
    }

    /// Loads `content`; with a `cache` from an earlier load, files that have
    /// not changed since are not parsed again. `changedFiles`, when known
    /// (from a file watcher), holds the absolute path of every file that may
    /// have changed since the cache's last load began: the content folders
    /// are then not listed again, only those files examined.
    public static func load(
        content: ContentFolder, options: Options = Options(), cache: LoadCache? = nil, changedFiles: Set<String>? = nil
    ) -> Site {
        func files(in relative: String) -> (files: [ContentFile], diagnostics: [Diagnostic]) {
            let extensions: Set<String> = ["md", "markdown"]
            return cache?.listings.files(content, in: relative, extensions: extensions, changedFiles: changedFiles)
                ?? content.files(in: relative, extensions: extensions)
        }
        var diagnostics: [Diagnostic] = []

        // Load.
        var config = SiteConfig()
        if let file = content.file("site.yaml") {
            switch SourceText.read(file.url, path: file.path) {
            case .success(let source):
                let (parsed, problems) = SiteConfig.parse(source)
                config = parsed
                diagnostics += problems
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        if let baseURL = options.baseURL { config.baseURL = SiteConfig.normalisedBaseURL(baseURL) }
        let today = options.today ?? config.today ?? Day.clockToday()
        let (reviewFiles, listing) = files(in: "reviews")
        diagnostics += listing

        // The policy first: parsing matches each review's checklist to it.
        let policyFile = content.file("policy.yaml")
        let (policy, policyDiagnostics) = PolicyLoader.load(contentsOf: policyFile?.url, path: policyFile?.path ?? "policy.yaml")
        diagnostics += policyDiagnostics

        // Parse, on every core; results keep the sorted file order.
        let renderOptions = MarkdownRenderOptions(allowRawHTML: config.allowRawHTML)
        let limit = config.maxFileBytes
        let nodeLimit = config.yamlNodeLimit
        let siteURL = config.baseURL
        let bodies = options.bodies
        let strings = StringTable()
        let settings = ParseSettings(byteLimit: limit, nodeLimit: nodeLimit, allowRawHTML: config.allowRawHTML,
                                     siteURL: siteURL, checklist: policy.categories)
        // The catalog needs nothing of the reviews: it loads as one more job
        // of their parse, so its one-core steps (building its indexes) run
        // while the other cores parse.
        let catalog = OnceValue { [config] in
            CatalogLoader(root: content.root, displayPrefix: content.displayPath(""))
                .load(folder: content.root.appendingPathComponent("catalog"),
                      extraPaths: config.catalogPaths.map { content.root.appendingPathComponent($0) }, cache: cache)
        }
        var parsedReviews = parseAll(
            reviewFiles, limit: limit, settings: settings, cache: cache?.reviews, alongside: { _ = catalog.get() }
        ) {
            let (review, problems) = ReviewParser.parse($0, nodeLimit: nodeLimit, strings: strings)
            return (review.map {
                ParsedReview(
                    review: $0, policy: policy, options: renderOptions, siteURL: siteURL, bodies: bodies, strings: strings)
            }, problems)
        }
        diagnostics += parsedReviews.diagnostics
        let (retrospectiveFiles, retrospectiveListing) = files(in: "retrospectives")
        diagnostics += retrospectiveListing
        // A retrospective's parse reads no policy.
        let (retrospectives, _, retrospectiveProblems) = parseAll(
            retrospectiveFiles, limit: limit, settings: settings.withoutChecklist, cache: cache?.retrospectives
        ) {
            let (retrospective, problems) = RetrospectiveParser.parse($0, nodeLimit: nodeLimit, strings: strings)
            return (retrospective.map { RetrospectiveDocument(retrospective: $0, options: renderOptions, bodies: bodies) }, problems)
        }
        diagnostics += retrospectiveProblems

        let catalogResult = catalog.get()
        diagnostics += catalogResult.diagnostics

        // Link, and make the site-wide tables, which read no review's body:
        // serve keeps them across a save that changes no front matter.
        let tablesInputs = SiteTables.Inputs(
            reviews: parsedReviews.documents.map(\.document), retrospectives: retrospectives, policy: policy,
            catalog: catalogResult.catalog, today: today, strict: options.strict)
        let (tables, tablesReused) = cache?.tables.tables(for: tablesInputs, catalog: catalogResult.generation)
            ?? (SiteTables(tablesInputs), false)
        diagnostics += tables.linkDiagnostics
        var linkedReviews = tables.linked.map { parsedReviews.documents[$0] }
        let reviews = linkedReviews.map(\.document)
        let reviewTokens = tables.linked.map { parsedReviews.tokens[$0] }
        // Validation takes the linked reviews' checklists: the parse results
        // of duplicates and invalid names are freed now.
        parsedReviews.documents = []

        // Validate, on every core.
        diagnostics += tables.retrospectiveDiagnostics
        let validations = validateAll(
            &linkedReviews, tokens: reviewTokens, with: tables.validator, cache: cache,
            catalog: catalogResult.generation, validatorReused: tablesReused)
        return Site(
            config: config, today: today, policy: policy, catalog: catalogResult.catalog,
            reviews: reviews, validations: validations, retrospectives: retrospectives,
            schedule: tables.schedule, lessons: tables.lessons, index: tables.index, diagnostics: diagnostics,
            sortedRuns: validations.map(\.sortedDiagnostics))
    }

    /// Reads and parses `files` on every core, keeping their order, and
    /// does `work` on one of them; with a cache, unchanged files keep their
    /// earlier result. Each document comes with the token of its kept parse
    /// (nil when not kept).
    static func parseAll<Document: Sendable>(
        _ files: [ContentFile], limit: Int, settings: ParseSettings, cache: ParseCache<(Document?, [Diagnostic])>?,
        alongside work: (@Sendable () -> Void)? = nil, parse: @escaping @Sendable (SourceText) -> (Document?, [Diagnostic])
    ) -> (documents: [Document], tokens: [ParseToken?], diagnostics: [Diagnostic]) {
        cache?.begin(files, settings: settings)
        var results: [((Document?, [Diagnostic]), ParseToken?)?] = cache?.unchanged(files).map { $0.map { ($0.value, $0.token) } }
            ?? Array(repeating: nil, count: files.count)
        let remaining = files.indices.filter { results[$0] == nil }
        let parsed = remaining.parallelMap(alongside: work) { index -> ((Document?, [Diagnostic]), ParseToken?) in
            let file = files[index]
            let load = { () -> (Document?, [Diagnostic]) in
                switch read(file, limit: limit) {
                case .failure(let diagnostic): return (nil, [diagnostic])
                case .success(let source): return parse(source)
                }
            }
            guard let cache else { return (load(), nil) }
            let (value, token) = cache.lookup(file, parse: load)
            return (value, token)
        }
        for (index, result) in zip(remaining, parsed) { results[index] = result }
        // One pass: a document is a large value to copy.
        var documents: [Document] = []
        var tokens: [ParseToken?] = []
        documents.reserveCapacity(results.count)
        tokens.reserveCapacity(results.count)
        var diagnostics: [Diagnostic] = []
        for case let ((document, problems), token)? in results {
            diagnostics += problems
            guard let document else { continue }
            documents.append(document)
            tokens.append(token)
        }
        return (documents, tokens, diagnostics)
    }

    /// Validates every review on every core, taking `reviews`: in a build,
    /// each review's checklist is freed as soon as it is validated, rather
    /// than all after the last one. With a cache, a review whose parse and
    /// inputs are unchanged keeps its last validation (`ValidationMemo`),
    /// and the cache keeps the checklists for the next load.
    /// `validatorReused` says the validator is the last load's, so no kept
    /// review's inputs changed.
    static func validateAll(
        _ reviews: inout [ParsedReview], tokens: [ParseToken?],
        with validator: ReviewValidator, cache: LoadCache?, catalog: CatalogGeneration?, validatorReused: Bool = false
    ) -> [ReviewValidation] {
        guard let cache else { return reviews.consumingParallelMap { validator.validate($0) } }
        let setting = catalog.map {
            ValidationMemo.Setting(policy: validator.policy, catalog: $0, today: validator.today, strict: validator.strict)
        }
        defer { reviews = [] }
        return cache.validations.validateAll(
            reviews, tokens: tokens, with: validator, setting: setting, validatorReused: validatorReused)
    }

    /// Reads and decodes one content file within the size limit.
    static func read(_ file: ContentFile, limit: Int) -> Result<SourceText, Diagnostic> {
        switch FileBytes.read(atPath: file.location, limit: limit) {
        case .failure(let failure) where failure.tooLarge:
            return .failure(Diagnostic(
                .error, "file-too-large", "the file is not read: \(failure.reason)",
                at: SourceLocation(file: file.path),
                hint: "Split the content, or raise `limits.max_file_bytes` in site.yaml if the file is legitimate."))
        case .failure(let failure):
            return .failure(Diagnostic(
                .error, "unreadable-file", "cannot read the file: \(failure.reason)",
                at: SourceLocation(file: file.path),
                hint: "Check that it is a regular file and its permissions allow reading."))
        case .success(let bytes):
            return SourceText.decode(bytes, path: file.path)
        }
    }

    /// Keeps one review per valid service name: the positions in `reviews`
    /// of those kept, sorted by service name.
    static func linkedPositions(_ reviews: [ReviewDocument], diagnostics: inout [Diagnostic]) -> [Int] {
        // Positions: the caller keeps the parse results' tokens in step.
        var byName: [String: Int] = [:]
        for (position, document) in reviews.enumerated() {
            let name = document.review.serviceName
            // The whole reference must be valid, not only its last part:
            // `../../etc/passwd` ends in a valid name but is no entity reference.
            let reference = document.review.component
            guard ServiceName.isValid(name), let reference, reference.kind == "component" else {
                diagnostics.append(Diagnostic(
                    .error, "invalid-service-name",
                    "`\(document.review.service)` is not a valid service name",
                    at: document.review.location(of: "service"),
                    hint: "Use the catalog Component's name: letters, digits and - _ . between them, at most 63 characters."))
                continue
            }
            let key = name.lowercased()
            if let first = byName[key] {
                diagnostics.append(Diagnostic(
                    .error, "duplicate-review",
                    "`\(name)` already has a review in \(reviews[first].file); each service has one review",
                    at: document.review.location(of: "service"),
                    hint: "Merge the two files or correct the `service` of one of them."))
                continue
            }
            byName[key] = position
        }
        return byName.keys.sorted().compactMap { byName[$0] }
    }
}

extension Day {
    /// Today's date in UTC, the fallback when neither `--today` nor `site.yaml` sets it.
    public static func clockToday() -> Day {
        let seconds = Int(Date().timeIntervalSince1970)
        return Day(daysSinceEpoch: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }
}
