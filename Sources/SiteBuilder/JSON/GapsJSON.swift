import Readiness

/// `gaps.json`: every finding of every review, open and accepted, for machines.
///
/// Schema `prr.gaps/1`. Keys are sorted; optional fields are left out when
/// unknown; `findings` are in review order (service name), then in each
/// review's finding order (file, line, column, rule) — the order of
/// `prr check`.
///
/// ```
/// {
///   "schema": "prr.gaps/1",          // this format and its version
///   "generated_for": "2026-11-26",   // the build's "today"
///   "open_count": 12,                // findings no accepted risk covers
///   "accepted_count": 2,             // findings an unexpired accepted risk covers
///   "findings": [{
///     "service": "search-api",       // the review's service name
///     "rule": "rollback-untested",   // the rule id (`prr rules` lists them)
///     "title": "Rollback never tested", // the rule's title
///     "category": "rollout",         // the policy category id (optional)
///     "item": "rollout.rollback-tested", // the checklist item, category.item (optional)
///     "severity": "error",           // error | warning | note, from the review's status
///     "message": "the rollback procedure has never been tested",
///     "file": "Content/reviews/search-api.md",
///     "line": 58,                    // 1-based; 0 when the finding concerns the whole file
///     "column": 5,                   // 1-based; 0 when it concerns the whole line
///     "accepted": false,             // whether an unexpired accepted risk covers it
///     "acceptance": {                // present only when accepted
///       "by": "vp-eng", "until": "2027-01-31", "reason": "…" // each optional
///     },
///     "url": "reviews/search-api.html#rollout-and-release" // the review section, relative to the site root
///   }]
/// }
/// ```
enum GapsJSON {
    static let schema = "prr.gaps/1"

    /// One finding; `Encodable` as the schema's reference, which the tests
    /// hold ``write(to:)`` against.
    struct FindingEntry: Encodable {
        let service: String
        let rule: String
        let title: String
        let category: String?
        let item: String?
        let severity: String
        let message: String
        let file: String
        let line: Int
        let column: Int
        let accepted: Bool
        let acceptance: Acceptance?
        let url: String

        /// The members in sorted key order.
        func write(to json: inout JSONStreamWriter) {
            json.object { json in
                if let acceptance {
                    json.key("acceptance")
                    acceptance.write(to: &json)
                }
                json.member("accepted", accepted)
                json.member("category", category)
                json.member("column", column)
                json.member("file", file)
                json.member("item", item)
                json.member("line", line)
                json.member("message", message)
                json.member("rule", rule)
                json.member("service", service)
                json.member("severity", severity)
                json.member("title", title)
                json.member("url", url)
            }
        }
    }

    struct Acceptance: Encodable {
        let by: String?
        let until: String?
        let reason: String?

        func write(to json: inout JSONStreamWriter) {
            json.object { json in
                json.member("by", by)
                json.member("reason", reason)
                json.member("until", until)
            }
        }
    }

    static func document(_ site: Site, gaps: GapIndex) -> JSONDocument {
        document(generatedFor: site.today.description, openCount: gaps.open.count,
                 acceptedCount: gaps.accepted.count, findings: gaps.all.lazy.map { entry($0, site: site) })
    }

    /// The file; `findings` are written as they come, never held.
    static func document<Findings: Sequence<FindingEntry>>(
        generatedFor: String, openCount: Int, acceptedCount: Int, findings: Findings
    ) -> JSONDocument {
        JSONDocument { json in
            json.member("accepted_count", acceptedCount)
            json.key("findings")
            json.array(findings) { $1.write(to: &$0) }
            json.member("generated_for", generatedFor)
            json.member("open_count", openCount)
            json.member("schema", schema)
        }
    }

    static func entry(_ gap: GapIndex.Gap, site: Site) -> FindingEntry {
        let finding = gap.finding
        let service = site.reviews[gap.review].review.serviceName
        return FindingEntry(
            service: service, rule: finding.rule.id, title: finding.rule.title,
            category: finding.category, item: finding.item, severity: finding.severity.rawValue,
            message: finding.message, file: finding.location.file, line: finding.location.line,
            column: finding.location.column, accepted: finding.isAccepted,
            acceptance: finding.acceptance.map {
                Acceptance(by: $0.acceptedBy, until: $0.expires?.description, reason: $0.reason)
            },
            url: SiteURLs.review(service, anchor: gap.anchor))
    }
}
