import Readiness

/// `search-index.json`: what the search page's script searches.
///
/// Schema `prr.search/1`. One entry per review (and per retrospective with a
/// page), sorted by URL; compact JSON. Each entry holds what a reader types —
/// service, title, owner, tier, status, readiness, headings — and only the
/// first `PlainTextExcerpt.defaultLength` characters of body text, so the
/// index stays near 1 KB per review (about 10 MB at 10,000 reviews).
///
/// ```
/// {"pages":[{"headings":["Summary","Rollout"],"kind":"review","owner":"group:payments",
///   "readiness":"Ready","service":"payments-api","status":"Approved","text":"Payments API takes…",
///   "tier":1,"title":"Payments API","url":"reviews/payments-api.html"}],"schema":"prr.search/1"}
/// ```
enum SearchIndex {
    static let schema = "prr.search/1"

    /// One page; `Encodable` as the schema's reference, which the tests hold
    /// ``write(to:)`` against.
    struct Entry: Encodable {
        /// "review" or "retrospective".
        let kind: String
        /// The page, relative to the site root.
        let url: String
        let service: String
        let title: String
        let owner: String?
        let tier: Int?
        let status: String?
        let readiness: String?
        let headings: [String]
        let text: String

        /// The members in sorted key order.
        func write(to json: inout JSONStreamWriter) {
            json.object { json in
                json.member("headings", headings)
                json.member("kind", kind)
                json.member("owner", owner)
                json.member("readiness", readiness)
                json.member("service", service)
                json.member("status", status)
                json.member("text", text)
                json.member("tier", tier)
                json.member("title", title)
                json.member("url", url)
            }
        }
    }

    /// The index of `site`; retrospectives only when their page is in `writtenPages`.
    static func entries(_ site: Site, writtenPages: Set<String>) -> [Entry] {
        var entries = site.reviews.indices.map { index -> Entry in
            let document = site.reviews[index]
            let review = document.review
            return Entry(
                kind: "review", url: SiteURLs.review(review.serviceName), service: review.serviceName,
                title: review.title, owner: site.index.entries[index].owner?.displayName ?? review.owner,
                tier: review.tier.rawValue, status: review.status.label,
                readiness: site.validations[index].readiness.state.label,
                headings: document.headings.filter { $0.level <= 3 }.map(\.text),
                text: PlainTextExcerpt.make(fromHTML: document.body))
        }
        for document in site.retrospectives {
            let retrospective = document.retrospective
            let url = SiteURLs.retrospective(retrospective.serviceName)
            guard writtenPages.contains(url) else { continue }
            entries.append(Entry(
                kind: "retrospective", url: url, service: retrospective.serviceName,
                title: "Retrospective: \(retrospective.serviceName)", owner: nil, tier: nil, status: nil, readiness: nil,
                headings: document.headings.filter { $0.level <= 3 }.map(\.text),
                text: PlainTextExcerpt.make(fromHTML: document.body)))
        }
        return entries.sorted { $0.url < $1.url }
    }

    /// The file: compact, sorted keys, one trailing newline.
    static func document(_ site: Site, writtenPages: Set<String>) -> JSONDocument {
        document(entries(site, writtenPages: writtenPages))
    }

    static func document(_ entries: [Entry]) -> JSONDocument {
        JSONDocument(format: .compact) { json in
            json.key("pages")
            json.array(entries) { $1.write(to: &$0) }
            json.member("schema", schema)
        }
    }
}
