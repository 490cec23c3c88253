import Readiness

/// The link check of a whole build: authors' links and layouts' links.
enum SiteLinks {
    /// Diagnostics for every broken internal link on `pages`; `otherFiles`
    /// are the other paths the build writes (data files, feeds, assets).
    static func check(_ site: Site, pages: [PageLinks], otherFiles: [String], layoutsDisplay: String) -> [Diagnostic] {
        let checker = LinkChecker(pages: pages, otherFiles: otherFiles, baseURL: site.config.baseURL)
        let bodies = AuthoredBody.all(in: site, writtenPages: checker.written)
        return (checker.authorDiagnostics(bodies)
            + checker.layoutDiagnostics(pages, bodies: bodies, layoutsDisplay: layoutsDisplay)).sorted()
    }
}
