import Readiness

/// One page per retrospective: the review's predictions beside what
/// happened (capacity, headroom, alerts, incidents, runbooks, template
/// changes), then the team's narrative. Links to its review both ways.
enum RetrospectivePage {
    static func render(_ document: RetrospectiveDocument, site: Site, directory: RetrospectiveDirectory, layouts: LayoutSet) -> RenderedPage {
        let retrospective = document.retrospective
        let path = directory.path(of: document)
        let root = SiteURLs.root(from: path)
        let reviewDocument = directory.review(of: document)
        let comparison = RetrospectiveComparison(document, review: reviewDocument, site: site)
        let runbooks = RetrospectiveFormatting.runbooks(retrospective.runbooksAccurate)
        let incidents = retrospective.incidents
        let anticipated = incidents.filter(\.anticipated).count
        let others = directory.siblings(of: document).filter { $0.file != document.file }.reversed()
        let title = "Retrospective: \(retrospective.serviceName), \(retrospective.date)"
        let values: LayoutFacts = [
            "title": title,
            "service": retrospective.serviceName,
            "date": retrospective.date.description,
            "file": retrospective.file,
            "review": reviewDocument.map { review in
                sealed([
                    "url": root + SiteURLs.review(review.review.serviceName),
                    "title": review.review.title,
                    "launchDate": review.review.launchDate?.description,
                ])
            },
            "capacity": comparison.capacity,
            "alerts": comparison.alerts,
            "actionableShare": comparison.actionableShare,
            "alertsFired": Formatting.number(comparison.lessons.alertsFired),
            "alertsActionable": Formatting.number(comparison.lessons.alertsActionable),
            "incidents": comparison.incidents,
            "anticipatedCount": Formatting.number(anticipated),
            "unanticipatedCount": Formatting.number(incidents.count - anticipated),
            "failureModes": comparison.failureModes,
            "runbooks": runbooks.label,
            "runbooksKind": runbooks.kind,
            "templateChanges": comparison.templateChanges,
            "others": others.map { RetrospectiveStateValues.links($0, directory: directory, root: root) },
            "indexURL": root + SiteURLs.retrospectives,
            "lessonsURL": root + SiteURLs.lessons,
            "bodyHTML": document.body,
        ]
        let context = PageContext(site: site, path: path, title: title, section: "retrospectives")
        return RenderedPage(path: path, bytes: layouts.render("retrospective", context.values(["retrospective": sealed(values)])))
    }
}
