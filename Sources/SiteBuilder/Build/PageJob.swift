/// One file of the site, not yet rendered.
///
/// The render stage lists jobs rather than files so a build can render,
/// write and drop each in turn on every core, keeping memory flat however
/// many reviews the site has.
struct PageJob: Sendable {
    /// Where the file goes, relative to the output root.
    let path: String
    /// Whether this is an HTML page from a layout, which gets the heading
    /// passes and the link check, rather than a data file or feed written as is.
    let isPage: Bool
    let render: @Sendable () -> RenderedPage
    /// How a build writes the file straight to disk a chunk at a time, for
    /// data files too large to hold whole; nil writes what `render` gives.
    let stream: (@Sendable (ChunkSink) -> Void)?

    init(_ path: String, isPage: Bool = true, _ render: @escaping @Sendable () -> RenderedPage) {
        self.path = path
        self.isPage = isPage
        self.render = render
        stream = nil
    }

    /// A JSON data file: `prr serve` renders it whole, a build streams it.
    init(_ path: String, json document: @escaping @Sendable () -> JSONDocument) {
        self.path = path
        isPage = false
        render = { RenderedPage(path: path, html: document().text) }
        stream = { document().write(to: $0) }
    }

    /// The file as written: pages get the passes after their layout
    /// (``SiteRenderer/finish(_:)``), data files stay as rendered.
    func renderFinished() -> RenderedPage {
        isPage ? SiteRenderer.finish(render()) : render()
    }

    /// `jobs` with one job per path, the first listed winning: files are
    /// written in parallel, so two pages for one path must never both be
    /// written. (Page paths are made distinct — ``SiteURLs/entitySlug(_:)``,
    /// ``RetrospectiveDirectory`` — so this is a guard, not a rule.)
    static func unique(_ jobs: [PageJob]) -> [PageJob] {
        var taken: Set<String> = []
        return unique(jobs, taken: &taken)
    }

    /// ``unique(_:)`` without the paths in `taken`, to which it adds its own.
    static func unique(_ jobs: [PageJob], taken: inout Set<String>) -> [PageJob] {
        jobs.filter { taken.insert($0.path).inserted }
    }
}
