import Readiness

/// The lessons page's figures as layout values, each straight from
/// `RetrospectiveLessons`, in its order. The estimates (with their chart) and
/// the unanticipated incidents grow with the retrospectives and page
/// (``LessonsPage/Lists``), so those take the positions of one page's rows.
struct LessonsValues {
    let lessons: RetrospectiveLessons
    let directory: RetrospectiveDirectory
    let policy: Policy
    /// The prefix back to the output root from the lessons page.
    let root: String

    /// One row per estimate at `rows`: service, date, peaks, ratio, label and headroom.
    func estimates(_ rows: Range<Int>) -> [LayoutValue] {
        lessons.estimates[rows].map { estimate in
            var values = RetrospectiveFormatting.estimateValues(estimate)
            values["service"] = estimate.service
            values["date"] = estimate.date.description
            values["url"] = root + directory.path(ofFile: estimate.file)
            return sealed(values)
        }
    }

    /// The services with several estimates, whose bars need their dates.
    /// Worked out over every estimate once, so a label reads the same on every page.
    static func datedServices(_ lessons: RetrospectiveLessons) -> Set<String> {
        Set(Dictionary(grouping: lessons.estimates, by: \.service).filter { $0.value.count > 1 }.keys)
    }

    /// Expected beside actual peak for the estimates at `rows`, as paired bars
    /// ("<service> plan", "<service> actual"; with the date when a service has
    /// several, `dated`). Short words keep the labels whole left of the bars.
    func estimateChart(_ rows: Range<Int>, dated: Set<String>) -> LayoutValue {
        var bars: [BarChart.Bar] = []
        for estimate in lessons.estimates[rows] {
            let name = dated.contains(estimate.service) ? "\(estimate.service) \(estimate.date)" : estimate.service
            bars.append(.init(label: "\(name) plan", value: Int(estimate.expectedPeakRPS.rounded()), style: "bar retro-expected"))
            bars.append(.init(label: "\(name) actual", value: Int(estimate.actualPeakRPS.rounded()), style: "bar retro-actual"))
        }
        return BarChart(id: "retro-estimates", title: "Planned (expected) and actual peak, rps", bars: bars).values()
    }

    /// How many services an alert or a proposal names; the rest are counted
    /// (`moreServices`). An alert every team uses is reported by thousands of
    /// services, and naming each made the page megabytes at 100,000 reviews;
    /// every retrospective is still listed on its own index.
    static let servicesShown = 12

    /// The alerts, noisiest first, with the services that reported them.
    var alerts: [LayoutValue] {
        lessons.alerts.map { alert in
            sealed([
                "name": alert.name,
                "services": shownServices(alert.services),
                "moreServices": moreServices(alert.services),
                "fired": Formatting.number(alert.fired),
                "actionable": Formatting.number(alert.actionable),
                "noise": Formatting.number(alert.noise),
                "share": alert.actionableShare.map(RetrospectiveFormatting.percent),
            ])
        }
    }

    /// The unanticipated incidents at `rows` with what their reviews had documented.
    func unanticipated(_ rows: Range<Int>) -> [LayoutValue] {
        lessons.unanticipated[rows].map { incident in
            sealed([
                "service": incident.service,
                "url": root + directory.path(ofFile: incident.file),
                "id": incident.id,
                "summary": incident.summary,
                "modes": incident.documentedFailureModes.map { ["dependency": $0.dependency, "onFailure": $0.onFailure] as LayoutValue },
            ])
        }
    }

    /// Every proposed template change with its services and policy match.
    var templateChanges: [LayoutValue] {
        lessons.templateChanges.map { proposal in
            RetrospectiveComparison.templateChangeValues(
                proposal, text: proposal.text, policy: policy, services: shownServices(proposal.services),
                moreServices: moreServices(proposal.services))
        }
    }

    /// The first ``servicesShown`` of `services` (sorted), linked.
    private func shownServices(_ services: [String]) -> [LayoutValue] {
        services.prefix(Self.servicesShown).map(serviceLink)
    }

    /// How many of `services` are not shown, formatted; nil when all are.
    private func moreServices(_ services: [String]) -> String? {
        services.count > Self.servicesShown ? Formatting.number(services.count - Self.servicesShown) : nil
    }

    /// A service name linked to its latest retrospective.
    private func serviceLink(_ name: String) -> LayoutValue {
        sealed(["name": name, "url": directory.latestPath(ofService: name).map { root + $0 }])
    }
}
