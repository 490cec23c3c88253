import Readiness

/// The pages built from the service catalog: the teams and systems indexes
/// and one page per team and per system.
enum CatalogPages {
    static func jobs(_ site: Site, layouts: LayoutSet) -> [PageJob] {
        let directory = CatalogDirectory(site: site)
        // A layouts folder made before these pages existed has no team or
        // system layouts: leave the pages out rather than write empty files.
        let has = layouts.names.contains
        var jobs: [PageJob] = []
        if has("teams") { jobs += TeamsIndexPage.jobs(site, directory: directory, layouts: layouts) }
        if has("team") {
            jobs += directory.teams.flatMap { TeamPage.jobs($0, site: site, directory: directory, layouts: layouts) }
        }
        if has("systems") { jobs.append(PageJob(SiteURLs.systems) { SystemsIndexPage.render(site, directory: directory, layouts: layouts) }) }
        if has("system") {
            jobs += directory.systems.flatMap { SystemPage.jobs($0, site: site, directory: directory, layouts: layouts) }
        }
        return jobs
    }
}
