import Readiness

/// The home dashboard's sections besides the review table: readiness counts,
/// the order of the reviews that are not ready, the largest gaps, catalog coverage and the
/// charts. Every count comes from `ReviewValidation`/`ReadinessSummary` or
/// the `GapIndex` built from them.
enum DashboardValues {
    /// How many rules the "largest open gaps" list shows.
    static let largestGapCount = 10

    static func byReadiness(_ site: Site) -> [LayoutValue] {
        ReadinessSummary.State.allCases.map { state in
            ["state": state.rawValue, "label": state.label,
             "count": site.validations.filter { $0.readiness.state == state }.count] as LayoutValue
        }
    }

    /// Indices of the reviews with open findings: most open findings first,
    /// then by service name.
    static func notReadyOrder(_ site: Site) -> [Int] {
        site.reviews.indices
            .filter { site.validations[$0].readiness.state == .notReady }
            .sorted {
                let (left, right) = (site.validations[$0].readiness.openFindings, site.validations[$1].readiness.openFindings)
                return left != right ? left > right
                    : site.reviews[$0].review.serviceName < site.reviews[$1].review.serviceName
            }
    }

    /// The rules with the most open findings, linked to their gap-summary section.
    static func largestGaps(_ gaps: GapIndex, site: Site, from page: String) -> [LayoutValue] {
        gaps.openRules.prefix(largestGapCount).map { group in
            [
                "id": group.rule.id,
                "title": group.rule.title,
                "count": group.gaps.count,
                "services": group.services,
                "url": SiteURLs.root(from: page) + SiteURLs.gaps + "#" + GapIndex.ruleAnchor(group.rule),
            ] as LayoutValue
        }
    }

    /// Catalog Components that have a review, out of all Components, and
    /// page `number` of those without one (``unreviewed(_:page:site:from:)``).
    static func coverage(_ site: Site, unreviewed list: ListPages, from page: String) -> LayoutValue {
        let total = site.catalog.count(of: .component)
        let reviewed = total - site.index.unreviewedComponents.count
        var values: LayoutFacts = [
            "reviewed": reviewed,
            "total": total,
            "percent": total == 0 ? "—" : Formatting.number(Double(reviewed) * 100 / Double(total), decimals: 0) + "%",
            "teamsURL": SiteURLs.root(from: page) + SiteURLs.teams,
        ]
        values.add(unreviewed(list, page: 1, site: site, from: page))
        return values.map()
    }

    /// Page `number` of the Components without a review, in `SiteIndex`'s
    /// reference order as the home page always listed them: `unreviewed`
    /// and `unreviewedPager`. The teams index pages its own copy, ordered by
    /// name and with owners, for people looking for their team's share.
    static func unreviewed(_ list: ListPages, page number: Int, site: Site, from path: String) -> LayoutFacts {
        ["unreviewed": site.index.unreviewedComponents[list.rows(onPage: number)].map {
            ["name": $0.displayTitle, "ref": $0.ref.displayName] as LayoutValue
         },
         "unreviewedPager": PagerValues.make(list, page: number, from: path)]
    }

    static func statusChart(_ site: Site) -> LayoutValue {
        BarChart(id: "chart-status", title: "Reviews by status", bars: ReviewStatus.allCases.map { status in
            .init(label: status.label, value: site.reviews.filter { $0.review.status == status }.count,
                  style: "bar status-\(status.rawValue)")
        }).values()
    }

    static func readinessChart(_ site: Site) -> LayoutValue {
        BarChart(id: "chart-readiness", title: "Reviews by readiness", bars: ReadinessSummary.State.allCases.map { state in
            .init(label: state.label, value: site.validations.filter { $0.readiness.state == state }.count,
                  style: "bar readiness-\(state.rawValue)")
        }).values()
    }

    /// Open gaps per policy category (and "other"), in policy order.
    static func categoryChart(_ gaps: GapIndex, site: Site) -> LayoutValue {
        let categories = GapGroups.categories(gaps, site: site)
        return BarChart(id: "chart-categories", title: "Open gaps by checklist category", bars: categories.map { category in
            .init(label: category.title, value: category.gaps.filter { !$0.finding.isAccepted }.count)
        }).values()
    }
}
