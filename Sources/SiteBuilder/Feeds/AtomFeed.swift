import Readiness

/// `feed.xml`: an Atom feed of the reviews and retrospectives that changed
/// most recently, by their `review_date` and retrospective `date`, newest
/// first, at most `limit` entries. `updated` comes from those dates, never
/// the clock, so the same content always gives the same feed.
///
/// Entry ids are the page's absolute address when the site has `base_url`,
/// else a stable `urn:prr:` name; links are relative to the feed, which sits
/// at the site's root.
enum AtomFeed {
    static let path = "feed.xml"
    static let limit = 50

    struct Entry {
        let kind: String
        let page: String
        let title: String
        let date: Day
        let summary: String
    }

    /// Dated reviews, and retrospectives whose page is in `writtenPages`, newest first.
    static func entries(_ site: Site, writtenPages: Set<String>) -> [Entry] {
        var entries: [Entry] = []
        for (index, document) in site.reviews.enumerated() {
            let review = document.review
            guard let date = review.reviewDate else { continue }
            let owner = site.index.entries[index].owner?.displayName ?? review.owner
            let summary = [review.tier.title, review.status.label,
                           site.validations[index].readiness.state.label, owner.map { "owner \($0)" }]
                .compactMap { $0 }.joined(separator: " · ")
            entries.append(Entry(kind: "review", page: SiteURLs.review(review.serviceName), title: review.title,
                                 date: date, summary: summary))
        }
        for document in site.retrospectives {
            let retrospective = document.retrospective
            let page = SiteURLs.retrospective(retrospective.serviceName)
            guard writtenPages.contains(page) else { continue }
            entries.append(Entry(kind: "retrospective", page: page, title: "Retrospective: \(retrospective.serviceName)",
                                 date: retrospective.date, summary: "Post-launch retrospective of \(retrospective.serviceName)"))
        }
        let sorted = entries.sorted { ($0.date, $1.page) > ($1.date, $0.page) }
        return Array(sorted.prefix(limit))
    }

    static func document(_ site: Site, writtenPages: Set<String>) -> String {
        let entries = entries(site, writtenPages: writtenPages)
        let base = site.config.baseURL.flatMap { $0.hasPrefix("http") ? $0 : nil }
        let updated = entries.map(\.date).max().map(timestamp) ?? "1970-01-01T00:00:00Z"
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
            "  <title>\(XMLText.escape(site.config.title))</title>",
        ]
        if let description = site.config.description { lines.append("  <subtitle>\(XMLText.escape(description))</subtitle>") }
        lines += [
            "  <id>\(XMLText.escape(base.map { $0 + path } ?? "urn:prr:feed"))</id>",
            "  <updated>\(updated)</updated>",
            "  <author><name>\(XMLText.escape(site.config.title))</name></author>",
            "  <generator>\(XMLText.escape(SiteBuild.generator))</generator>",
            "  <link rel=\"self\" href=\"\(XMLText.escape((base ?? "") + path))\"/>",
            "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape((base ?? "") + SiteURLs.home))\"/>",
        ]
        for entry in entries {
            let id = base.map { $0 + entry.page } ?? "urn:prr:\(entry.page)"
            lines += [
                "  <entry>",
                "    <title>\(XMLText.escape(entry.title))</title>",
                "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape((base ?? "") + entry.page))\"/>",
                "    <id>\(XMLText.escape(id))</id>",
                "    <updated>\(timestamp(entry.date))</updated>",
                "    <category term=\"\(entry.kind)\"/>",
                "    <summary>\(XMLText.escape(entry.summary))</summary>",
                "  </entry>",
            ]
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Midnight UTC of a day, as RFC 3339.
    static func timestamp(_ day: Day) -> String { "\(day.description)T00:00:00Z" }
}
