/// The trail shown above every page but the home page: Home › section › page.
///
/// Layouts receive it as `breadcrumbs`, a list of `{title, url, current}`;
/// the last crumb is the current page and has no link. A page may set its
/// own `breadcrumbs` value; otherwise the trail is derived from its path, so
/// pages added later (retrospectives, say) get one without code.
enum Breadcrumbs {
    /// Folders whose `index.html` is a section page worth a crumb of its own.
    static let sections: [(folder: String, title: String, index: String)] = [
        ("teams/", "Teams", SiteURLs.teams),
        ("systems/", "Systems", SiteURLs.systems),
        ("retrospectives/", "Retrospectives", SiteURLs.retrospectives),
    ]

    /// The default trail of the page at `path` titled `title`; empty for the home page.
    static func trail(path: String, title: String, root: String) -> [LayoutValue] {
        guard path != SiteURLs.home else { return [] }
        var crumbs = [crumb("Home", url: root + SiteURLs.home)] + sectionCrumbs(of: path, root: root)
        crumbs.append(["title": title, "url": "", "current": true])
        return crumbs
    }

    /// The crumbs between Home and the page at `path`: its section's, if
    /// it is in a section folder and not the section page itself.
    static func sectionCrumbs(of path: String, root: String) -> [LayoutValue] {
        sections.filter { path.hasPrefix($0.folder) && path != $0.index }.map { crumb($0.title, url: root + $0.index) }
    }

    /// A linked crumb, for pages that set their own trail.
    static func crumb(_ title: String, url: String) -> LayoutValue {
        ["title": title, "url": url, "current": false]
    }
}
