/// `Content/site.yaml`: the site's title, address and options.
public struct SiteConfig: Sendable, Equatable {
    public var title: String = "Production Readiness Reviews"
    public var description: String?
    /// The published address, used for canonical links, the sitemap and feeds.
    public var baseURL: String?
    /// Pins "today" for reproducible builds; `--today` overrides it.
    public var today: Day?
    /// Lets raw HTML in Markdown through. Off by default: reviews are written by many teams.
    public var allowRawHTML: Bool = false
    /// Extra catalog files or folders, relative to the content folder.
    public var catalogPaths: [String] = []
    /// Largest content file read, in bytes.
    public var maxFileBytes: Int = 8 * 1024 * 1024
    /// Largest number of YAML values one file may expand to (aliases included).
    public var yamlNodeLimit: Int = YAMLDocuments.defaultNodeLimit
    /// Rows a long list of the site (all reviews, the gap matrix, a rule's
    /// findings…) shows per page; the rest go on numbered pages of their own.
    public var pageSize: Int = SiteConfig.defaultPageSize

    /// Enough rows that most sites never page, few enough that a page of a
    /// 10,000-service organisation stays a few hundred kilobytes.
    public static let defaultPageSize = 100

    public init() {}

    static let keys = ["title", "description", "base_url", "today", "allow_raw_html", "catalog", "limits", "page_size"]

    /// Reads `site.yaml`; problems are diagnostics and the defaults stand in.
    public static func parse(_ source: SourceText) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        let root: YAMLNode
        switch YAMLDocuments.compose(source.text, file: source.path) {
        case .failure(let diagnostic): return (config, [diagnostic])
        case .success(nil): return (config, [])
        case .success(let node?): root = node
        }
        let reader = YAMLReader(file: source.path)
        guard let fields = reader.mapping(root, "site.yaml", keys: keys) else { return (config, reader.diagnostics) }
        if let node = fields["title"], let title = reader.string(node, "title") { config.title = title }
        config.description = fields["description"].flatMap { reader.string($0, "description") }
        config.baseURL = fields["base_url"].flatMap { reader.string($0, "base_url") }.map(normalisedBaseURL)
        if let node = fields["base_url"], let url = config.baseURL,
            !(url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("/"))
        {
            reader.report(.error, "bad-value", "base_url `\(url)` is not an http(s) address or an absolute path", at: node,
                          hint: "Write the published address, e.g. `https://prr.example.com/`.")
            config.baseURL = nil
        }
        config.today = fields["today"].flatMap { reader.day($0, "today") }
        if let node = fields["allow_raw_html"], let allow = reader.bool(node, "allow_raw_html") { config.allowRawHTML = allow }
        if let node = fields["catalog"], let paths = reader.sequence(node, "catalog") {
            config.catalogPaths = paths.compactMap { reader.string($0, "catalog") }
        }
        if let node = fields["page_size"], let size = reader.int(node, "page_size", range: 1...1_000_000) {
            config.pageSize = size
        }
        if let node = fields["limits"], let limits = reader.mapping(node, "limits", keys: ["max_file_bytes", "yaml_node_limit"]) {
            if let n = limits["max_file_bytes"], let v = reader.int(n, "limits.max_file_bytes", range: 1024...Int(Int32.max)) {
                config.maxFileBytes = v
            }
            if let n = limits["yaml_node_limit"], let v = reader.int(n, "limits.yaml_node_limit", range: 100...100_000_000) {
                config.yamlNodeLimit = v
            }
        }
        return (config, reader.diagnostics)
    }

    /// Base URLs end in one slash so page paths can be appended.
    static func normalisedBaseURL(_ url: String) -> String {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }
}
