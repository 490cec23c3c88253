import Readiness

/// Where each page lives in the output. Paths are relative to the output
/// root; links are made relative to the linking page so the site works from
/// a sub-path (GitHub Pages project sites) and from `file://`.
public enum SiteURLs {
    public static let home = "index.html"
    public static let stylesheet = "assets/style.css"

    /// Review pages are named by the lowercased service name, which
    /// `ServiceName` has restricted to safe characters.
    public static func review(_ name: String) -> String { "reviews/\(name.lowercased()).html" }

    /// The prefix that leads from a page back to the output root ("" or "../").
    public static func root(from page: String) -> String {
        String(repeating: "../", count: page.reduce(0) { $0 + ($1 == "/" ? 1 : 0) })
    }
}
