import Readiness

/// `404.html`: what static hosts (GitHub Pages, Netlify, S3) show for an
/// address the site does not have.
///
/// Hosts serve this file at whatever path was asked for, so relative links
/// would resolve against that path. With `base_url` the page's links are
/// absolute under it; without, they are relative to the root, which is right
/// for a site served from its host's root and for `file://`.
enum NotFoundPage {
    static let path = "404.html"

    static func render(_ site: Site, layouts: LayoutSet) -> RenderedPage {
        let base = site.config.baseURL.flatMap { $0.hasPrefix("http") ? $0 : nil }
        var context = PageContext(site: site, path: path, title: "Page not found", section: "")
        context.rootOverride = base
        let values = context.values(["reviewCount": site.reviews.count])
        return RenderedPage(path: path, bytes: layouts.render("404", values))
    }
}
