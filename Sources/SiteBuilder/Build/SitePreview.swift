import Dispatch
import Foundation
import Readiness

/// A site held in memory for `prr serve`: loaded and validated like a build,
/// but each file is rendered only when it is asked for.
///
/// After an edit, the preview is ready as soon as the content is loaded —
/// with a ``LoadCache``, only the changed files are parsed again — instead of
/// after every page is rendered and written. A file it serves has the same
/// bytes `prr build` writes; the build-wide link check is left to the build.
///
/// The list of every file, with the site-wide tables the aggregate pages
/// share (gaps by rule, tier and team, the catalog directory), is made on a
/// background thread once the preview is ready. A review's page needs none
/// of it, and a save is mostly followed by a request for the page edited:
/// that page is served without waiting for the rest (at 10,000 reviews, the
/// list took a fifth of a rebuild).
public final class SitePreview: @unchecked Sendable {
    private let site: Site
    private let layouts: LayoutSet
    private let assets: [String: Data]

    /// Made once, on first need, each on its own: a review's page must not
    /// wait for the list of files. The list holds every file's job by path,
    /// the first job of a path winning as in a build, and the page count.
    private let retrospectives: OnceValue<RetrospectiveDirectory>
    private let files: OnceValue<(jobs: [String: PageJob], pageCount: Int)>

    /// Files rendered so far, so a page asked for again is not rendered again.
    private var rendered: [String: Data] = [:]
    private let renderedLock = NSLock()

    private init(site: Site, layouts: LayoutSet) {
        self.site = site
        self.layouts = layouts
        assets = Dictionary(layouts.assets.map { ("assets/" + $0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
        let retrospectives = OnceValue { RetrospectiveDirectory(site: site) }
        self.retrospectives = retrospectives
        files = OnceValue {
            let (pages, data) = SiteRenderer.allJobs(site, layouts: layouts, retrospectives: retrospectives.get())
            var jobs: [String: PageJob] = [:]
            for job in pages + data where jobs[job.path] == nil { jobs[job.path] = job }
            return (jobs, pages.count)
        }
    }

    /// Loads the site as `prr build` would, without rendering it. The
    /// result's diagnostics are the build's but for the link check; the
    /// preview is nil when they stop the build. The list of files is made
    /// in the background (see ``pageCount``). `changedFiles`, when known,
    /// names every file that may have changed since the cache's last load
    /// (see `SiteLoader.load`).
    public static func load(
        _ options: SiteBuild.Options, cache: LoadCache, changedFiles: Set<String>? = nil
    ) -> (preview: SitePreview?, result: SiteBuild.Result) {
        load(options, cache: cache, changedFiles: changedFiles, listsFilesAhead: true)
    }

    /// `load`; without `listsFilesAhead`, the list of files waits for the
    /// first request that needs it (for tests).
    static func load(
        _ options: SiteBuild.Options, cache: LoadCache, changedFiles: Set<String>? = nil, listsFilesAhead: Bool
    ) -> (preview: SitePreview?, result: SiteBuild.Result) {
        let loaded = SiteBuild.load(options, cache: cache, changedFiles: changedFiles)
        var result = loaded.result
        guard let layouts = loaded.layouts else { return (nil, result) }
        let preview = SitePreview(site: loaded.site, layouts: layouts)
        if listsFilesAhead { DispatchQueue.global(qos: .userInitiated).async { _ = preview.files.get() } }
        result.published = true
        return (preview, result)
    }

    /// Whether the list of files has been made.
    var listsFiles: Bool { files.isMade }

    /// How many HTML pages the site has (waits for the list of files).
    public var pageCount: Int { files.get().pageCount }

    /// The bytes of the file at `path` (relative to the site's root, `/`
    /// separated, without `.` or `..`), or nil when the site has none. A
    /// folder's path (`""`, `teams`, `teams/`) means its `index.html`.
    public func file(at path: String) -> Data? {
        guard let path = resolve(path) else { return nil }
        if let asset = assets[path] { return asset }
        if let data = renderedLock.withLock({ rendered[path] }) { return data }
        guard let job = job(at: path) else { return nil }
        let data = Data(job.renderFinished().bytes)
        renderedLock.withLock { rendered[path] = data }
        return data
    }

    /// The path of the file `path` names, if the site has it.
    public func resolve(_ path: String) -> String? {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        if !path.hasSuffix("/"), !trimmed.isEmpty, reviewPosition(at: trimmed) != nil || assets[trimmed] != nil { return trimmed }
        let files = files.get().jobs
        if !path.hasSuffix("/"), !trimmed.isEmpty, files[trimmed] != nil { return trimmed }
        let index = trimmed.isEmpty ? "index.html" : trimmed + "/index.html"
        return files[index] != nil ? index : nil
    }

    /// The position in `site.reviews` of the review whose page is at `path`:
    /// found through the site's index of names rather than a table of every
    /// page's path, made again on every rebuild.
    private func reviewPosition(at path: String) -> Int? {
        let prefix = "reviews/", suffix = ".html"
        guard path.hasPrefix(prefix), path.hasSuffix(suffix), path.count > prefix.count + suffix.count else { return nil }
        let name = String(path.dropFirst(prefix.count).dropLast(suffix.count))
        guard let index = site.index.reviewByName[name],
              SiteURLs.review(site.reviews[index].review.serviceName) == path else { return nil }
        return index
    }

    /// A review's page is made directly: it is the same job the list has
    /// (review paths are in a folder of their own, so no other job takes one).
    private func job(at path: String) -> PageJob? {
        if let index = reviewPosition(at: path) {
            return SiteRenderer.reviewJob(index, site: site, retrospectives: retrospectives.get(), layouts: layouts)
        }
        return files.get().jobs[path]
    }
}
