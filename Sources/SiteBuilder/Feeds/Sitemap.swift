import Readiness

/// `sitemap.xml`: every HTML page but the 404 page, as absolute addresses
/// under `base_url`, sorted. Review pages carry their review date as
/// `lastmod`; other pages have no date of their own and carry none (the
/// build never reads the clock for output).
///
/// A sitemap must hold absolute URLs, so a site without `base_url` gets none.
enum Sitemap {
    static let path = "sitemap.xml"

    /// The absolute base of the sitemap's addresses; nil (no sitemap) when
    /// the site has no `base_url`.
    static func baseURL(_ site: Site) -> String? {
        guard let baseURL = site.config.baseURL, baseURL.hasPrefix("http") else { return nil }
        return baseURL
    }

    /// The document for a site with a `baseURL`.
    static func document(_ site: Site, baseURL: String, pages: [String]) -> String {
        var lastModified: [String: String] = [:]
        for document in site.reviews {
            if let date = document.review.reviewDate { lastModified[SiteURLs.review(document.review.serviceName)] = date.description }
        }
        for document in site.retrospectives {
            lastModified[SiteURLs.retrospective(document.retrospective.serviceName)] = document.retrospective.date.description
        }
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
        ]
        for page in Set(pages).sorted() where page.hasSuffix(".html") && page != NotFoundPage.path {
            var entry = "  <url><loc>\(XMLText.escape(baseURL + page))</loc>"
            if let date = lastModified[page] { entry += "<lastmod>\(date)</lastmod>" }
            lines.append(entry + "</url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }
}
