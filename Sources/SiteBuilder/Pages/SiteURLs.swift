import Readiness

/// Where each page lives in the output. Paths are relative to the output
/// root; links are made relative to the linking page so the site works from
/// a sub-path (GitHub Pages project sites) and from `file://`.
public enum SiteURLs {
    public static let home = "index.html"
    public static let stylesheet = "assets/style.css"
    public static let gaps = "gaps.html"
    public static let teams = "teams/index.html"
    public static let systems = "systems/index.html"
    public static let retrospectives = "retrospectives/index.html"
    public static let lessons = "retrospectives/lessons.html"
    public static let reviewsJSON = "reviews.json"
    public static let gapsJSON = "gaps.json"

    /// Review pages are named by the lowercased service name, which
    /// `ServiceName` has restricted to safe characters.
    public static func review(_ name: String) -> String { "\(reviewsFolder)\(name.lowercased()).html" }

    /// The folder of the review pages, with its slash.
    static let reviewsFolder = "reviews/"

    /// A review page's section, e.g. a checklist category's heading.
    public static func review(_ name: String, anchor: String?) -> String {
        review(name) + (anchor.map { "#" + $0 } ?? "")
    }

    public static func retrospective(_ name: String) -> String { "retrospectives/\(name.lowercased()).html" }

    public static func tier(_ tier: Tier) -> String { tierPaths[tier.rawValue - 1] }

    /// Made once: every row of every list links its review's tier.
    private static let tierPaths = Tier.allCases.map { "tiers/tier-\($0.rawValue).html" }

    public static func team(_ ref: EntityRef) -> String { "teams/\(entitySlug(ref)).html" }

    public static func system(_ ref: EntityRef) -> String { "systems/\(entitySlug(ref)).html" }

    /// Where the later pages of one of a team's long lists go, without their
    /// page number (``ListPages/stem``): `teams/engineering~reviews` gives
    /// `teams/engineering~reviews-2.html`.
    ///
    /// `~` is in no valid entity name or namespace, so no team, system or
    /// namespace folder can be called this: `teams/engineering-reviews-2`
    /// would be the page of a team named `engineering-reviews-2`, and a
    /// folder per team (`teams/engineering/`) would be the folder of a
    /// namespace `engineering`, whose Components could be named
    /// `reviews-2.html`. The part before `~` is the owner's own slug, so two
    /// owners' later pages never meet either. `~` is unreserved in URLs:
    /// links need no escaping and every web server serves it as written.
    static func team(_ ref: EntityRef, list: String) -> String { "teams/\(entitySlug(ref))~\(list)" }

    /// Where the later pages of one of a system's long lists go, as for a
    /// team (``team(_:list:)``): `systems/payments~components-2.html`.
    static func system(_ ref: EntityRef, list: String) -> String { "systems/\(entitySlug(ref))~\(list)" }

    /// A page name from an entity reference: the name, under a folder of
    /// its namespace when that is not `default` (`payments/checkout`).
    /// Catalog names and namespaces are validated to `[A-Za-z0-9-_.]` and
    /// `[A-Za-z0-9-]`, so the result is always safe, and no name contains
    /// `/`, so an entity of another namespace can never take a default
    /// one's page (a `ns--name` file name could: `a--b` is a valid name). A
    /// name that is the folder's own index (`index`) gets a trailing `-`,
    /// which no valid name ends with, so the entity's page and the index are
    /// both written.
    public static func entitySlug(_ ref: EntityRef) -> String {
        guard ref.namespace == "default" else { return "\(ref.namespace)/\(ref.name)" }
        // A reference's name is lowercased already.
        return ref.name == "index" ? ref.name + "-" : ref.name
    }

    /// The prefix that leads from a page back to the output root ("" or "../").
    public static func root(from page: String) -> String {
        root(depth: depth(of: page))
    }

    /// The prefix that leads back to the output root from `depth` folders down.
    static func root(depth: Int) -> String {
        String(repeating: "../", count: depth)
    }

    /// How many folders down the page at `page` is.
    static func depth(of page: String) -> Int {
        // Every row of every list asks this of its page. In ASCII a `/` byte
        // is a `/` Character; elsewhere a combining mark may join it to
        // another, so only Characters can tell.
        var depth = 0
        for byte in page.utf8 {
            guard byte < 0x80 else { return page.reduce(0) { $0 + ($1 == "/" ? 1 : 0) } }
            if byte == UInt8(ascii: "/") { depth += 1 }
        }
        return depth
    }
}
