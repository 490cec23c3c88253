import Readiness

/// The values every page's layout can use, whatever the page.
///
/// Layout contexts are plain maps so that users editing layouts see exactly
/// the names documented in the README.
struct PageContext {
    let site: Site
    /// The page's path relative to the output root.
    let path: String
    let title: String
    /// Which header link is the current page ("home", "reviews", …).
    let section: String
    /// Replaces the relative `root` (the 404 page, served at any address, uses `base_url`).
    var rootOverride: String? = nil

    /// The page's own facts with every page's values added: the layout's whole context.
    func values(_ page: LayoutFacts) -> LayoutValue {
        let depth = SiteURLs.depth(of: path)
        let root = rootOverride ?? SiteURLs.root(depth: depth)
        var values = page
        values["root"] = root
        values["page"] = [
            "title": title,
            "path": path,
            "canonical": site.config.baseURL.map { $0 + path },
        ] as LayoutValue
        values["site"] = [
            "title": site.config.title,
            "description": site.config.description,
            "today": site.today.description,
        ] as LayoutValue
        values["nav"] = [section: true] as LayoutValue
        let chrome = rootOverride == nil && Self.chromeByDepth.indices.contains(depth)
            ? Self.chromeByDepth[depth] : Chrome(root: root)
        values["stylesheet"] = chrome.stylesheet
        values["home"] = chrome.home
        values["links"] = chrome.links
        if page["breadcrumbs"] == nil {
            values["breadcrumbs"] = Breadcrumbs.trail(path: path, title: title, root: root)
        }
        values["generator"] = SiteBuild.generator
        return values.map()
    }

    /// The paths every page links from its header, for pages at `root`.
    private struct Chrome {
        let stylesheet: String
        let home: String
        let links: LayoutValue

        init(root: String) {
            stylesheet = root + SiteURLs.stylesheet
            home = root + SiteURLs.home
            links = [
                "home": home,
                "gaps": root + SiteURLs.gaps,
                "teams": root + SiteURLs.teams,
                "systems": root + SiteURLs.systems,
                "tiers": root + SiteURLs.tier(.one),
                "retrospectives": root + SiteURLs.retrospectives,
                "search": root + SearchPage.path,
                "feed": root + AtomFeed.path,
                "favicon": root + ReaderFiles.favicon,
                "searchScript": root + SearchPage.script,
            ]
        }
    }

    /// The header paths of pages zero to seven folders down, made once:
    /// they are the same on every page of a depth, and making them for
    /// every page was a dozen strings and a map per page.
    private static let chromeByDepth = (0..<8).map { Chrome(root: SiteURLs.root(depth: $0)) }
}

/// A link in a layout: `href` is present only for safe URLs, so a layout
/// writes `{{#href}}<a href="{{href}}">{{/href}}` and unsafe URLs stay text.
func linkValue(_ url: String?, text: String? = nil) -> LayoutFacts? {
    guard let url, !url.isEmpty else { return nil }
    return ["href": SafeURL.href(url), "text": text ?? url]
}
