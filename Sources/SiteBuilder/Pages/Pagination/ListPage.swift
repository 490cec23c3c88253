import Readiness

/// The pages of a long list past the first (`gaps/matrix-2.html`), rendered
/// with the `list` layout: a heading naming the list and the page, a link
/// back to the page that owns it, and that page's rows drawn by the same
/// partial the owner uses.
enum ListPage {
    /// What a later page shows. `kind` picks the partial in the `list`
    /// layout (`groups`, `matrix`, `rule`, `accepted`, `notReady`,
    /// `expiringRisks`, `expiredRisks`, `overdue`, `upcoming`, `teams`,
    /// `components`, `coverageUnreviewed`, `schedule`, `unscheduled`,
    /// `estimates`, `incidents`, `search`, `reviews`, `tierReviews`,
    /// `members`, `teamReviews`, `systemComponents`, `systemOthers`);
    /// `values` gives the rows (and their pager) under the names the
    /// owner's layout uses.
    struct Content {
        let kind: String
        let values: LayoutFacts
    }

    /// One long list of a page, for ``jobs(_:ownerTitle:section:site:layouts:lists:)``:
    /// the list, the partial that draws it (`kind`) and page `number`'s
    /// values linked from `path`.
    struct Later: Sendable {
        let list: ListPages
        let kind: String
        let values: @Sendable (_ number: Int, _ path: String) -> LayoutFacts
    }

    /// The job of a page that owns long lists, then one job per later page
    /// of each of its `lists`.
    static func jobs(
        _ owner: PageJob, ownerTitle: String, section: String, site: Site, layouts: LayoutSet, lists: [Later]
    ) -> [PageJob] {
        [owner] + lists.flatMap { later in
            jobs(later.list, ownerTitle: ownerTitle, section: section, site: site, layouts: layouts) {
                Content(kind: later.kind, values: later.values($0, $1))
            }
        }
    }

    /// One job per later page of `list`: `content` makes page `number`'s
    /// values, linked from the page's own path.
    static func jobs(
        _ list: ListPages, ownerTitle: String, section: String, site: Site, layouts: LayoutSet,
        content: @escaping @Sendable (_ number: Int, _ path: String) -> Content
    ) -> [PageJob] {
        guard let later = list.laterPages else { return [] }
        return later.map { number in
            let path = list.path(ofPage: number)
            return PageJob(path) {
                render(list, page: number, ownerTitle: ownerTitle, section: section, site: site, layouts: layouts,
                       content: content(number, path))
            }
        }
    }

    static func render(
        _ list: ListPages, page number: Int, ownerTitle: String, section: String, site: Site, layouts: LayoutSet,
        content: Content
    ) -> RenderedPage {
        let path = list.path(ofPage: number)
        let root = SiteURLs.root(from: path)
        let title = "\(list.title), page \(number) of \(list.pageCount)"
        // The owner page's own trail, then the owner: Home › Teams › payments › page 2.
        var crumbs = [Breadcrumbs.crumb("Home", url: root + SiteURLs.home)]
        if list.owner != SiteURLs.home {
            crumbs += Breadcrumbs.sectionCrumbs(of: list.owner, root: root)
            crumbs.append(Breadcrumbs.crumb(ownerTitle, url: root + list.owner))
        }
        crumbs.append(["title": title, "url": "", "current": true] as LayoutValue)
        var values = content.values
        values["kind"] = [content.kind: true] as LayoutValue
        values["heading"] = list.title
        values["pageNumber"] = number
        values["pageCount"] = list.pageCount
        values["ownerTitle"] = ownerTitle
        values["ownerURL"] = list.url(ofPage: 1, from: path)
        values["breadcrumbs"] = crumbs
        let context = PageContext(site: site, path: path, title: title, section: section)
        return RenderedPage(path: path, bytes: layouts.render("list", context.values(values)))
    }
}
