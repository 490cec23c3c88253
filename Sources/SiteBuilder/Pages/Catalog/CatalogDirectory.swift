import Readiness

/// Which team and system pages the site has, so catalog pages link only to
/// pages that exist and show plain text otherwise.
///
/// Teams are every owner of a review or Component (`SiteIndex.teams(in:)`)
/// plus every catalog Group, so parent and child groups of an owning team
/// have pages too and the group tree can be browsed. Systems are
/// `SiteIndex.systems(in:)`.
struct CatalogDirectory: Sendable {
    /// Sorted by reference.
    let teams: [EntityRef]
    /// Sorted by reference.
    let systems: [EntityRef]
    private let teamSet: Set<EntityRef>
    private let systemSet: Set<EntityRef>

    init(site: Site) {
        var teams = Set(site.index.teams(in: site.catalog))
        for group in site.catalog.groups { teams.insert(group.ref) }
        self.teams = Self.oneRefPerPage(teams.sorted(), path: SiteURLs.team)
        teamSet = Set(self.teams)
        systems = Self.oneRefPerPage(site.index.systems(in: site.catalog), path: SiteURLs.system)
        systemSet = Set(systems)
    }

    /// Keeps the first reference for each page path. Slugs leave out the kind
    /// (a `user:x` owner and a `group:x`) and `--` can occur in a name, so two
    /// references can share a path; one page must not overwrite the other.
    private static func oneRefPerPage(_ refs: [EntityRef], path: (EntityRef) -> String) -> [EntityRef] {
        var seen: Set<String> = []
        return refs.filter { seen.insert(path($0)).inserted }
    }

    func hasTeamPage(_ ref: EntityRef) -> Bool { teamSet.contains(ref) }

    func hasSystemPage(_ ref: EntityRef) -> Bool { systemSet.contains(ref) }

    /// `text`, `ref` and `url` (false when the team has no page).
    func teamLink(_ ref: EntityRef, site: Site, root: String) -> LayoutValue {
        sealed([
            "text": CatalogNames.name(of: ref, in: site.catalog),
            "ref": ref.displayName,
            "url": hasTeamPage(ref) ? root + SiteURLs.team(ref) : nil as String?,
        ])
    }

    /// `text`, `ref` and `url` (false when the system has no page).
    func systemLink(_ ref: EntityRef, site: Site, root: String) -> LayoutValue {
        sealed([
            "text": site.catalog.entity(ref)?.displayTitle ?? ref.displayName,
            "ref": ref.displayName,
            "url": hasSystemPage(ref) ? root + SiteURLs.system(ref) : nil as String?,
        ])
    }
}
