import Readiness

/// A catalog Component in a list: its catalog facts, and its review's
/// summary under `review` when it has one (`false` when it has none, so an
/// unreviewed component is shown as such).
func componentRowValues(
    _ component: CatalogEntity, site: Site, directory: CatalogDirectory, from page: String
) -> LayoutValue {
    let root = SiteURLs.root(from: page)
    return sealed([
        "name": component.name,
        "ref": component.ref.displayName,
        "description": component.description,
        "type": component.type,
        "lifecycle": component.lifecycle,
        "ownerLink": component.owner.map { directory.teamLink($0.ref, site: site, root: root) },
        "systemLink": component.system.map { directory.systemLink($0.ref, site: site, root: root) },
        "review": site.index.reviewByComponent[component.ref].map { sealed(reviewSummaryValues($0, site: site, from: page)) },
    ])
}

/// Page `number` of a list of Components, as the rows under `name` and the
/// pager under `name` + `Pager` (`unreviewed`, `unreviewedPager`): the
/// teams index, team pages and system pages page their Components alike.
func componentRowsPage(
    _ components: [CatalogEntity], named name: String, list: ListPages, page number: Int, site: Site,
    directory: CatalogDirectory, from path: String
) -> LayoutFacts {
    [name: components[list.rows(onPage: number)].map { componentRowValues($0, site: site, directory: directory, from: path) },
     name + "Pager": PagerValues.make(list, page: number, from: path)]
}
