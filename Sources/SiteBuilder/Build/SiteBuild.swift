import Foundation
import Readiness

/// The whole pipeline behind `prr build`: load, parse, link, validate,
/// render, write — and swap the new site in only when nothing failed.
public enum SiteBuild {
    /// Written into pages' `generator` meta tag.
    public static let generator = "prr 0.1.0"

    public struct Options: Sendable {
        public var content: ContentFolder
        public var layouts: URL
        public var layoutsDisplay: String
        public var output: URL
        public var loader: SiteLoader.Options
        /// Replace an output folder prr did not create.
        public var force: Bool
        /// Treat findings as failures too.
        public var strict: Bool
        /// Whether a missing layouts folder is an error (the user named it)
        /// rather than "use the default theme".
        public var layoutsRequired: Bool
        /// Where the record of the last build is kept, so a build with
        /// nothing changed keeps the output as it is; nil always builds.
        public var cacheFolder: URL?
        /// Leave the loaded site for the process's exit to free
        /// (``ProcessLifetime``): for one-shot commands only.
        public var keepsSiteUntilExit = false
        /// Where `build` keeps rendered bodies, in an unlinked file, between
        /// parsing and page rendering (a fifth of a large build's peak
        /// memory); nil, or a folder no file can be made in, keeps them in
        /// memory.
        public var bodySpillFolder: URL? = FileManager.default.temporaryDirectory

        public init(content: ContentFolder, layouts: URL, layoutsDisplay: String, output: URL,
                    loader: SiteLoader.Options = .init(), force: Bool = false, strict: Bool = false,
                    layoutsRequired: Bool = true, cacheFolder: URL? = nil) {
            self.content = content
            self.layouts = layouts
            self.layoutsDisplay = layoutsDisplay
            self.output = output
            self.loader = loader
            self.force = force
            self.strict = strict
            self.layoutsRequired = layoutsRequired
            self.cacheFolder = cacheFolder
        }
    }

    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        public var reviewCount: Int
        public var pagesWritten: Int
        /// Whether `Output/` now holds the new site.
        public var published: Bool
        /// Why nothing was published, for problems that are not about content.
        public var failure: String?
        /// Whether nothing had changed since the last build, so the output
        /// was kept as it was (the diagnostics are that build's).
        public var upToDate = false
    }

    /// Runs the build, or reports the last one again when its fingerprint
    /// shows nothing it depends on has changed.
    public static func run(_ options: Options) -> Result {
        guard let folder = options.cacheFolder else { return build(options) }
        let cache = BuildCache(folder: folder, output: options.output)
        let started = Date()
        let fingerprint = BuildFingerprint.take(options)
        if let record = cache.record(matching: fingerprint) {
            return Result(diagnostics: record.diagnostics, reviewCount: record.reviewCount,
                          pagesWritten: record.pagesWritten, published: true, upToDate: true)
        }
        cache.invalidate()
        let result = build(options)
        var stored = fingerprint
        stored.output = BuildFingerprint.outputStamp(options.output)
        if result.published, !fingerprint.isRacy(at: started) {
            cache.store(BuildCache.Record(fingerprint: stored, diagnostics: result.diagnostics,
                                          reviewCount: result.reviewCount, pagesWritten: result.pagesWritten))
        }
        return result
    }

    /// The whole pipeline, from the content folder to a swapped-in site.
    static func build(_ options: Options) -> Result {
        var options = options
        let bodies = options.bodySpillFolder.flatMap { BodyStore(folder: $0) }
        options.loader.bodies = bodies
        let loaded = load(options)
        if options.keepsSiteUntilExit { ProcessLifetime.keep(loaded.site) }
        var result = loaded.result
        guard let layouts = loaded.layouts else { return result }
        let site = loaded.site

        do {
            let writer = try OutputWriter(output: options.output, force: options.force, protected: [
                (options.content.root, "content"), (options.layouts, "layouts"),
            ])
            do {
                let written = try writeFiles(site, layouts: layouts, to: writer)
                let assetPaths = layouts.assets.map { "assets/" + $0.path }
                let linkDiagnostics = SiteLinks.check(site, pages: written.pages, otherFiles: written.otherFiles + assetPaths,
                                                      layoutsDisplay: options.layoutsDisplay)
                // The load's diagnostics are sorted already; sorting a copy
                // when the check found nothing held three copies at once.
                if !linkDiagnostics.isEmpty { result.diagnostics = (result.diagnostics + linkDiagnostics).sorted() }
                guard !linkDiagnostics.hasContentErrors else {
                    writer.discard()
                    return result
                }
                // A body that could not be read back was rendered empty.
                if let failure = bodies?.failure { throw BodyReadFailure(description: failure) }
                for asset in layouts.assets { try writer.write(asset.data, to: "assets/" + asset.path) }
                try writer.commit()
                result.pagesWritten = written.pages.count
                result.published = true
            } catch {
                writer.discard()
                throw error
            }
        } catch {
            result.failure = "\(error)"
        }
        return result
    }

    /// The front half shared by builds and previews: the layouts and the
    /// loaded site, with layouts nil when a diagnostic stops the build.
    /// `changedFiles` is `SiteLoader.load`'s.
    static func load(
        _ options: Options, cache: LoadCache? = nil, changedFiles: Set<String>? = nil
    ) -> (site: Site, layouts: LayoutSet?, result: Result) {
        let (layoutSet, layoutDiagnostics) = LayoutSet.load(
            from: options.layouts, displayPath: options.layoutsDisplay, folderRequired: options.layoutsRequired)
        let site = SiteLoader.load(
            content: options.content, options: options.loader, cache: cache, changedFiles: changedFiles)
        // The site's are sorted already; most builds have no layout problems.
        let diagnostics = layoutDiagnostics.isEmpty ? site.diagnostics : (site.diagnostics + layoutDiagnostics).sorted()
        let result = Result(diagnostics: diagnostics, reviewCount: site.reviews.count, pagesWritten: 0, published: false)
        let failed = diagnostics.hasContentErrors || (options.strict && diagnostics.contains { $0.severity != .note })
        return (site, failed ? nil : layoutSet, result)
    }

    /// A spilled body the build could not read back, so it publishes nothing.
    private struct BodyReadFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// Renders every page and data file on every core, writing each to the
    /// staging folder as soon as it is finished; of pages only what the link
    /// check needs is kept.
    ///
    /// Review pages go first, then the rest: most links to an `#id` on
    /// another page lead into a review (every gap row links its finding),
    /// and once the reviews are written such links are checked as their page
    /// is written rather than kept to the end, which at 10,000 reviews was
    /// 150,000 strings alive until the last page.
    ///
    /// The other jobs are listed by one worker while the others render
    /// reviews: listing them (the gap index, the home, gaps, tier and
    /// catalog lists) took a third of a second at 10,000 reviews with the
    /// other core idle. Reviews written before the list is done keep their
    /// links to other files for the link check at the end, which finds
    /// what checking them against the list would have. The same worker
    /// then writes the data files, the longest jobs, still beside the
    /// reviews: written with the later pages instead, the search index met
    /// every review page's ids, kept for those pages, and raised the peak
    /// at 100,000 reviews by a tenth.
    private static func writeFiles(_ site: Site, layouts: LayoutSet, to writer: OutputWriter) throws
        -> (pages: [PageLinks], otherFiles: [String])
    {
        @Sendable func write(_ job: PageJob, writing paths: Set<String>?, written: [String: PageIDs]?) -> Swift.Result<PageLinks?, Error> {
            if let stream = job.stream {
                return Swift.Result { try writer.writeStreaming(to: job.path, stream) }.map { _ in nil }
            }
            let file = job.renderFinished()
            do {
                try writer.write(file.bytes, to: file.path)
                return .success(job.isPage ? PageLinks(file, baseURL: site.config.baseURL, writing: paths, written: written) : nil)
            } catch {
                return .failure(error)
            }
        }
        let retrospectives = RetrospectiveDirectory(site: site)
        let reviews = SiteRenderer.reviewJobs(site, retrospectives: retrospectives, layouts: layouts)
        let others = OnceValue { SiteRenderer.jobs(around: reviews, site, layouts: layouts, retrospectives: retrospectives) }
        let allPaths = OnceValue {
            let listed = others.get()
            return Set((listed.files + listed.before + reviews + listed.after).map(\.path))
        }
        let listedPaths = LatestValue<Set<String>>()
        let fileResults = OnceValue { others.get().files.map { write($0, writing: nil, written: nil) } }
        let reviewResults = reviews.parallelMap(alongside: {
            listedPaths.set(allPaths.get())
            _ = fileResults.get()
        }) { write($0, writing: listedPaths.value, written: nil) }
        let (before, after, files) = others.get()
        let paths = allPaths.get()
        var reviewIDs: [String: PageIDs] = [:]
        for case .success(let page?) in reviewResults { reviewIDs[page.path] = page.ids }
        let written = reviewIDs
        let restResults = (before + after).parallelMap { write($0, writing: paths, written: written) }
        // In the order of the files, then the pages as listed, which the
        // link check's folder runs and its report follow.
        var pages: [PageLinks] = []
        for result in fileResults.get() + restResults[..<before.count] + reviewResults + restResults[before.count...] {
            if let page = try result.get() { pages.append(page) }
        }
        return (pages, files.map(\.path))
    }
}
