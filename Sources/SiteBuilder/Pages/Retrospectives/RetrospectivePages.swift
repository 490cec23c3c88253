import Readiness

/// The pages built from post-launch retrospectives: the index, the lessons
/// page and one page per retrospective.
enum RetrospectivePages {
    static func jobs(_ site: Site, directory: RetrospectiveDirectory, layouts: LayoutSet) -> [PageJob] {
        // A layouts folder made before these pages existed lacks their
        // layouts: leave the pages out rather than write empty files.
        let has = layouts.names.contains
        var jobs: [PageJob] = []
        if has("retrospectives") {
            jobs += RetrospectivesIndexPage.jobs(site, directory: directory, layouts: layouts)
        }
        if has("lessons") { jobs += LessonsPage.jobs(site, directory: directory, layouts: layouts) }
        if has("retrospective") {
            jobs += directory.documents.map { document in
                PageJob(directory.path(of: document)) { RetrospectivePage.render(document, site: site, directory: directory, layouts: layouts) }
            }
        }
        return jobs
    }
}
