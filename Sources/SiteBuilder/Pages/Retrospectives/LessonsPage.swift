import Readiness

/// What every retrospective together says about the reviews' predictions:
/// capacity estimate accuracy (chart and table), tested headroom, alert
/// actionability, unanticipated incidents, runbook accuracy and the
/// template changes teams proposed.
enum LessonsPage {
    static func render(_ site: Site, directory: RetrospectiveDirectory, layouts: LayoutSet) -> RenderedPage {
        let path = SiteURLs.lessons
        let root = SiteURLs.root(from: path)
        let lessons = site.lessons
        let values = LessonsValues(lessons: lessons, directory: directory, policy: site.policy, root: root)
        let context = PageContext(site: site, path: path, title: "Lessons from retrospectives", section: "retrospectives")
        let number: (Int) -> String = Formatting.number
        let page: LayoutFacts = [
            "retrospectiveCount": nonZero(lessons.retrospectiveCount),
            "estimateCount": nonZero(lessons.estimates.count),
            "estimates": values.estimates,
            "chart": lessons.estimates.isEmpty ? nil : values.estimateChart,
            "medianRatio": lessons.medianRatio.map(Formatting.ratio),
            "meanRatio": lessons.meanRatio.map(Formatting.ratio),
            "underEstimated": number(lessons.underEstimated),
            "overEstimated": number(lessons.overEstimated),
            "underThreshold": Formatting.ratio(RetrospectiveLessons.underEstimateAbove),
            "overThreshold": Formatting.ratio(RetrospectiveLessons.overEstimateBelow),
            "headroomCovered": number(lessons.headroomCovered),
            "headroomNotCovered": number(lessons.headroomNotCovered),
            "alertsFired": number(lessons.alertsFired),
            "alertsActionable": number(lessons.alertsActionable),
            "actionableShare": lessons.actionableShare.map(RetrospectiveFormatting.percent),
            "alerts": values.alerts,
            "incidentCount": number(lessons.incidentCount),
            "anticipatedIncidents": number(lessons.anticipatedIncidents),
            "unanticipatedCount": number(lessons.unanticipated.count),
            "unanticipated": values.unanticipated,
            "runbooksAccurate": number(lessons.runbooksAccurate),
            "runbooksInaccurate": number(lessons.runbooksInaccurate),
            "runbooksUnknown": number(lessons.runbooksUnknown),
            "templateChanges": values.templateChanges,
            "indexURL": root + SiteURLs.retrospectives,
        ]
        return RenderedPage(path: path, html: layouts.render("lessons", context.values(["lessons": sealed(page)])))
    }
}
