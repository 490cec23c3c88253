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

        public init(today: Day? = nil, baseURL: String? = nil, strict: Bool = false) {
            self.today = today
            self.baseURL = baseURL
            self.strict = strict
        }
    }

    public static func load(content: ContentFolder, options: Options = Options()) -> Site {
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
        let (reviewFiles, listing) = content.files(in: "reviews", extensions: ["md", "markdown"])
        diagnostics += listing

        // Parse, on every core; results keep the sorted file order.
        let renderOptions = MarkdownRenderOptions(allowRawHTML: config.allowRawHTML)
        let limit = config.maxFileBytes
        let nodeLimit = config.yamlNodeLimit
        let parsed = reviewFiles.parallelMap { file -> (ReviewDocument?, [Diagnostic]) in
            let source: SourceText
            switch FileBytes.read(file.url, limit: limit) {
            case .failure(let failure):
                return (nil, [Diagnostic(
                    .error, "unreadable-file", "cannot read the review: \(failure.reason)",
                    at: SourceLocation(file: file.path),
                    hint: "Check the file's permissions; raise `limits.max_file_bytes` in site.yaml for very large files.")])
            case .success(let bytes):
                switch SourceText.decode(bytes, path: file.path) {
                case .failure(let diagnostic): return (nil, [diagnostic])
                case .success(let text): source = text
                }
            }
            let (review, problems) = ReviewParser.parse(source, nodeLimit: nodeLimit)
            return (review.map { ReviewDocument(review: $0, options: renderOptions) }, problems)
        }
        var reviews: [ReviewDocument] = []
        for (document, problems) in parsed {
            diagnostics += problems
            if let document { reviews.append(document) }
        }

        let policyFile = content.file("policy.yaml")
        let (policy, policyDiagnostics) = PolicyLoader.load(contentsOf: policyFile?.url, path: policyFile?.path ?? "policy.yaml")
        diagnostics += policyDiagnostics
        let catalogResult = CatalogLoader(root: content.root, displayPrefix: content.displayPath(""))
            .load(folder: content.root.appendingPathComponent("catalog"),
                  extraPaths: config.catalogPaths.map { content.root.appendingPathComponent($0) })
        diagnostics += catalogResult.diagnostics

        // Link.
        reviews = linkReviews(reviews, diagnostics: &diagnostics)

        // Validate, on every core.
        let validator = ReviewValidator(
            policy: policy, catalog: catalogResult.catalog, today: today, reviews: reviews, strict: options.strict)
        let validations = reviews.parallelMap { validator.validate($0) }
        for validation in validations {
            diagnostics += validation.diagnostics
            diagnostics += validation.findings.map(\.diagnostic)
        }

        return Site(
            config: config, today: today, policy: policy, catalog: catalogResult.catalog,
            reviews: reviews, validations: validations, diagnostics: diagnostics)
    }

    /// Keeps one review per valid service name, sorted by name.
    static func linkReviews(_ reviews: [ReviewDocument], diagnostics: inout [Diagnostic]) -> [ReviewDocument] {
        var byName: [String: ReviewDocument] = [:]
        for document in reviews {
            let review = document.review
            let name = review.serviceName
            guard ServiceName.isValid(name) else {
                diagnostics.append(Diagnostic(
                    .error, "invalid-service-name",
                    "`\(review.service)` is not a valid service name",
                    at: review.location(of: "service"),
                    hint: "Use the catalog Component's name: letters, digits and - _ . between them, at most 63 characters."))
                continue
            }
            let key = name.lowercased()
            if let first = byName[key] {
                diagnostics.append(Diagnostic(
                    .error, "duplicate-review",
                    "`\(name)` already has a review in \(first.file); each service has one review",
                    at: review.location(of: "service"),
                    hint: "Merge the two files or correct the `service` of one of them."))
                continue
            }
            byName[key] = document
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
