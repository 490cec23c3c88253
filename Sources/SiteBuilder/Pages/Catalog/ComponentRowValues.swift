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
