import Readiness

/// The pages built from the service catalog: the teams and systems indexes
/// and one page per team and per system.
enum CatalogPages {
    static func render(_ site: Site, layouts: LayoutSet) -> [RenderedPage] {
        let directory = CatalogDirectory(site: site)
        // A layouts folder made before these pages existed has no team or
        // system layouts: leave the pages out rather than write empty files.
        let has = layouts.names.contains
        var pages: [RenderedPage] = []
        if has("teams") { pages.append(TeamsIndexPage.render(site, directory: directory, layouts: layouts)) }
        if has("team") {
            pages += directory.teams.parallelMap { TeamPage.render($0, site: site, directory: directory, layouts: layouts) }
        }
        if has("systems") { pages.append(SystemsIndexPage.render(site, directory: directory, layouts: layouts)) }
        if has("system") {
            pages += directory.systems.parallelMap { SystemPage.render($0, site: site, directory: directory, layouts: layouts) }
        }
        return pages
    }
}
