/// The pages of a build cut into runs the layout check works on, one run
/// per core at a time.
///
/// A run's pages are consecutive and share a folder, so a link written on
/// several of them leads to the same place from each and is resolved once
/// per run. Runs end after about `linkBudget` links, so the ten thousand
/// review pages of one folder are shared out among the cores rather than
/// left to one.
enum FolderRuns {
    static let linkBudget = 8_192

    /// The runs, as ranges of `pages`, covering every page in order.
    static func split(_ pages: [PageLinks]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        var links = 0
        var runFolder = ""
        for (index, page) in pages.enumerated() {
            let pageFolder = folder(of: page.path)
            if index > start, pageFolder != runFolder || links + page.links.count > linkBudget {
                runs.append(start..<index)
                start = index
                links = 0
            }
            runFolder = pageFolder
            links += page.links.count
        }
        if start < pages.count { runs.append(start..<pages.count) }
        return runs
    }

    /// The folder part of a page's path, with its slash ("" at the root).
    static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    }
}
