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
        var crumbs = [crumb("Home", url: root + SiteURLs.home)]
        for section in sections where path.hasPrefix(section.folder) && path != section.index {
            crumbs.append(crumb(section.title, url: root + section.index))
        }
        crumbs.append(["title": title, "url": "", "current": true])
        return crumbs
    }

    /// A linked crumb, for pages that set their own trail.
    static func crumb(_ title: String, url: String) -> LayoutValue {
        ["title": title, "url": url, "current": false]
    }
}
