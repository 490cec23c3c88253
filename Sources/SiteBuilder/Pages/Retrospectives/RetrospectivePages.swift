import Readiness

/// The pages built from post-launch retrospectives: the index, the lessons
/// page and one page per retrospective.
enum RetrospectivePages {
    static func render(_ site: Site, directory: RetrospectiveDirectory, layouts: LayoutSet) -> [RenderedPage] {
        // A layouts folder made before these pages existed lacks their
        // layouts: leave the pages out rather than write empty files.
        let has = layouts.names.contains
        var pages: [RenderedPage] = []
        if has("retrospectives") { pages.append(RetrospectivesIndexPage.render(site, directory: directory, layouts: layouts)) }
        if has("lessons") { pages.append(LessonsPage.render(site, directory: directory, layouts: layouts)) }
        if has("retrospective") {
            pages += directory.documents.parallelMap {
                RetrospectivePage.render($0, site: site, directory: directory, layouts: layouts)
            }
        }
        return pages
    }
}
