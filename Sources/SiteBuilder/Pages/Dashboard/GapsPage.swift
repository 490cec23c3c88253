import Readiness

/// The gap summary across services (`gaps.html`): open findings by rule, by
/// category, by team and by tier, the services × categories matrix, and the
/// accepted risks listed apart from the open gaps. The by-team table, the
/// matrix, each rule's findings and the accepted risks page (``ListPages``):
/// later pages are `gaps/teams-N.html`, `gaps/matrix-N.html`,
/// `gaps/<rule id>-N.html` and `gaps/accepted-N.html`.
enum GapsPage {
    static let title = "Gap summary"

    /// The summary's long lists, worked out once for all of its pages.
    struct Lists {
        let teams: ListPages
        let teamRows: TeamGapRows
        let matrix: ListPages
        let matrixValues: GapMatrixValues
        let rules: [RuleFindings]
        let accepted: ListPages

        init(_ site: Site, gaps: GapIndex) {
            let size = site.config.pageSize
            teamRows = TeamGapRows(gaps, site: site)
            // Beside `gaps/matrix` and `gaps/accepted`: rule ids are the validator's own, and none is `teams`.
            teams = ListPages(count: teamRows.count, size: size, owner: SiteURLs.gaps, anchor: "by-team",
                              title: "Gaps by team", stem: "gaps/teams")
            matrix = ListPages(count: site.reviews.count, size: size, owner: SiteURLs.gaps, anchor: "matrix",
                               title: "Services × categories", stem: "gaps/matrix")
            matrixValues = GapMatrixValues(gaps, site: site)
            rules = RuleFindings.lists(gaps.openRules, owner: SiteURLs.gaps, stem: "gaps/", pageSize: size)
            accepted = ListPages(count: gaps.accepted.count, size: size, owner: SiteURLs.gaps, anchor: "accepted-risks",
                                 title: "Accepted risks", stem: "gaps/accepted")
        }
    }

    /// The summary and the later pages of its lists.
    static func jobs(_ site: Site, gaps: GapIndex, layouts: LayoutSet) -> [PageJob] {
        let lists = Lists(site, gaps: gaps)
        var jobs = [PageJob(SiteURLs.gaps) { render(site, gaps: gaps, lists: lists, layouts: layouts) }]
        func later(_ list: ListPages, _ content: @escaping @Sendable (Int, String) -> ListPage.Content) {
            jobs += ListPage.jobs(list, ownerTitle: title, section: "gaps", site: site, layouts: layouts, content: content)
        }
        later(lists.teams) { number, path in
            ListPage.Content(kind: "groups", values: teams(lists, page: number, from: path))
        }
        later(lists.matrix) { number, path in
            ListPage.Content(kind: "matrix", values: matrix(lists, page: number, from: path))
        }
        for rule in lists.rules {
            later(rule.list) { number, path in
                ListPage.Content(kind: "rule", values: ["rule": GapValues.rule(rule, page: number, site: site, from: path)])
            }
        }
        later(lists.accepted) { number, path in
            ListPage.Content(kind: "accepted", values: accepted(lists, page: number, gaps: gaps, site: site, from: path))
        }
        return jobs
    }

    static func render(_ site: Site, gaps: GapIndex, lists: Lists, layouts: LayoutSet) -> RenderedPage {
        let path = SiteURLs.gaps
        let context = PageContext(site: site, path: path, title: title, section: "gaps")
        var values: LayoutFacts = [
            "openCount": gaps.open.count,
            "acceptedCount": gaps.accepted.count,
            "reviewsWithGaps": Set(gaps.open.map(\.review)).count,
            "reviewCount": site.reviews.count,
            "rules": lists.rules.map { GapValues.rule($0, page: 1, site: site, from: path) },
            "groups": [
                group("by-category", "By category", ["groupName": "Category", "groupRows": GapGroups.byCategory(gaps, site: site)]),
                group("by-team", "By team", teams(lists, page: 1, from: path)),
                group("by-tier", "By tier", ["groupName": "Tier", "groupRows": GapGroups.byTier(gaps, site: site, from: path)]),
            ],
        ]
        values.add(matrix(lists, page: 1, from: path))
        values.add(accepted(lists, page: 1, gaps: gaps, site: site, from: path))
        return RenderedPage(path: path, bytes: layouts.render("gaps", context.values(values)))
    }

    /// Page `number` of the by-team table: `groupName`, `groupRows` and `groupPager`.
    private static func teams(_ lists: Lists, page number: Int, from path: String) -> LayoutFacts {
        ["groupName": "Team", "groupRows": lists.teamRows.rows(lists.teams.rows(onPage: number), from: path),
         "groupPager": PagerValues.make(lists.teams, page: number, from: path)]
    }

    /// Page `number` of the matrix: `matrix` and `matrixPager`.
    private static func matrix(_ lists: Lists, page number: Int, from path: String) -> LayoutFacts {
        ["matrix": lists.matrixValues.values(reviews: lists.matrix.rows(onPage: number), from: path),
         "matrixPager": PagerValues.make(lists.matrix, page: number, from: path)]
    }

    /// Page `number` of the accepted risks: `accepted` and `acceptedPager`.
    private static func accepted(_ lists: Lists, page number: Int, gaps: GapIndex, site: Site, from path: String)
        -> LayoutFacts
    {
        ["accepted": gaps.accepted[lists.accepted.rows(onPage: number)].map { GapValues.finding($0, site: site, from: path) },
         "acceptedPager": PagerValues.make(lists.accepted, page: number, from: path)]
    }

    /// One grouped table (`groupName`, `groupRows`, and `groupPager` when it
    /// pages); the layout renders every group with the same partial.
    private static func group(_ id: String, _ heading: String, _ table: LayoutFacts) -> LayoutValue {
        var values: LayoutFacts = ["id": id, "heading": heading]
        values.add(table)
        return values.map()
    }
}
