/// One page of the site, not yet rendered.
///
/// The render stage lists jobs rather than pages so a build can render,
/// write and drop each page in turn on every core, keeping memory flat
/// however many reviews the site has.
struct PageJob: Sendable {
    /// Where the page goes, relative to the output root.
    let path: String
    let render: @Sendable () -> RenderedPage

    init(_ path: String, _ render: @escaping @Sendable () -> RenderedPage) {
        self.path = path
        self.render = render
    }

    /// `jobs` with one job per path, the first listed winning: pages are
    /// written in parallel, so two pages for one path (a team named `index`
    /// beside the teams index) must never both be written.
    static func unique(_ jobs: [PageJob]) -> [PageJob] {
        var seen: Set<String> = []
        return jobs.filter { seen.insert($0.path).inserted }
    }
}
