import Foundation
import Readiness

/// A site held in memory for `prr serve`: loaded and validated like a build,
/// but each file is rendered only when it is asked for.
///
/// After an edit, the preview is ready as soon as the content is loaded —
/// with a ``LoadCache``, only the changed files are parsed again — instead of
/// after every page is rendered and written. A file it serves has the same
/// bytes `prr build` writes; the build-wide link check is left to the build.
public final class SitePreview: @unchecked Sendable {
    /// The pages of the site and its data files, by path in the output.
    private let jobs: [String: PageJob]
    private let assets: [String: Data]
    /// Files rendered so far, so a page asked for again is not rendered again.
    private var rendered: [String: Data] = [:]
    private let lock = NSLock()

    /// How many HTML pages the site has.
    public let pageCount: Int

    private init(pages: [PageJob], files: [PageJob], assets: [LayoutAsset]) {
        var jobs: [String: PageJob] = [:]
        for job in pages + files where jobs[job.path] == nil { jobs[job.path] = job }
        self.jobs = jobs
        self.assets = Dictionary(assets.map { ("assets/" + $0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
        pageCount = pages.count
    }

    /// Loads the site as `prr build` would, without rendering it. The
    /// result's diagnostics are the build's but for the link check; the
    /// preview is nil when they stop the build.
    public static func load(_ options: SiteBuild.Options, cache: LoadCache) -> (preview: SitePreview?, result: SiteBuild.Result) {
        let loaded = SiteBuild.load(options, cache: cache)
        var result = loaded.result
        guard let layouts = loaded.layouts else { return (nil, result) }
        let (pages, files) = SiteRenderer.allJobs(loaded.site, layouts: layouts)
        let preview = SitePreview(pages: pages, files: files, assets: layouts.assets)
        result.pagesWritten = preview.pageCount
        result.published = true
        return (preview, result)
    }

    /// The bytes of the file at `path` (relative to the site's root, `/`
    /// separated, without `.` or `..`), or nil when the site has none. A
    /// folder's path (`""`, `teams`, `teams/`) means its `index.html`.
    public func file(at path: String) -> Data? {
        guard let path = resolve(path) else { return nil }
        if let asset = assets[path] { return asset }
        if let data = lock.withLock({ rendered[path] }) { return data }
        guard let job = jobs[path] else { return nil }
        let data = Data(job.renderFinished().html.utf8)
        lock.withLock { rendered[path] = data }
        return data
    }

    /// The path of the file `path` names, if the site has it.
    public func resolve(_ path: String) -> String? {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        let index = trimmed.isEmpty ? "index.html" : trimmed + "/index.html"
        if !path.hasSuffix("/"), !trimmed.isEmpty, jobs[trimmed] != nil || assets[trimmed] != nil { return trimmed }
        return jobs[index] != nil ? index : nil
    }
}
