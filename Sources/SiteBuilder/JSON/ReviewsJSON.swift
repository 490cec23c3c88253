import Readiness

/// `reviews.json`: every review with its readiness, for machines.
///
/// Schema `prr.reviews/1`. Keys are sorted; optional fields are left out when
/// the review does not give them; `reviews` is sorted by service name.
///
/// ```
/// {
///   "schema": "prr.reviews/1",       // this format and its version; a breaking change bumps the number
///   "generated_for": "2026-11-26",   // the build's "today" (--today, site.yaml or the clock)
///   "reviews": [{
///     "service": "payments-api",     // the review's service name (catalog Component name)
///     "title": "Payments API",       // the review's title
///     "tier": 1,                     // 1, 2 or 3
///     "status": "approved",          // draft | in-review | approved | launched | retired
///     "owner": "group:payments",     // owning team: the catalog's owner, else the review's (optional)
///     "system": "system:checkout",   // the catalog System holding the service (optional)
///     "review_date": "2026-10-02",   // YYYY-MM-DD (optional)
///     "launch_date": "2026-10-20",   // YYYY-MM-DD (optional)
///     "readiness": "ready",          // ready | ready-with-accepted-risks | not-ready
///     "categories": [{               // the checklist scorecard, in policy order
///       "id": "monitoring", "title": "Monitoring and alerting",
///       "met": 4,                    // required items met or N/A with a reason
///       "required": 4,               // items the tier requires
///       "accepted": 0,               // required items covered by an accepted risk
///       "unmet": 0                   // required items not met
///     }],
///     "open_findings": 0,            // findings no accepted risk covers (see gaps.json)
///     "accepted_findings": 0,        // findings an unexpired accepted risk covers
///     "url": "reviews/payments-api.html", // the review's page, relative to the site root
///     "file": "Content/reviews/payments-api.md" // the source file
///   }]
/// }
/// ```
enum ReviewsJSON {
    static let schema = "prr.reviews/1"

    /// One review; `Encodable` as the schema's reference, which the tests
    /// hold ``write(to:)`` against.
    struct ReviewEntry: Encodable {
        let service: String
        let title: String
        let tier: Int
        let status: String
        let owner: String?
        let system: String?
        let reviewDate: String?
        let launchDate: String?
        let readiness: String
        let categories: [CategoryEntry]
        let openFindings: Int
        let acceptedFindings: Int
        let url: String
        let file: String

        /// The members in sorted key order.
        func write(to json: inout JSONStreamWriter) {
            json.object { json in
                json.member("accepted_findings", acceptedFindings)
                json.key("categories")
                json.array(categories) { $1.write(to: &$0) }
                json.member("file", file)
                json.member("launch_date", launchDate)
                json.member("open_findings", openFindings)
                json.member("owner", owner)
                json.member("readiness", readiness)
                json.member("review_date", reviewDate)
                json.member("service", service)
                json.member("status", status)
                json.member("system", system)
                json.member("tier", tier)
                json.member("title", title)
                json.member("url", url)
            }
        }
    }

    struct CategoryEntry: Encodable {
        let id: String
        let title: String
        let met: Int
        let required: Int
        let accepted: Int
        let unmet: Int

        func write(to json: inout JSONStreamWriter) {
            json.object { json in
                json.member("accepted", accepted)
                json.member("id", id)
                json.member("met", met)
                json.member("required", required)
                json.member("title", title)
                json.member("unmet", unmet)
            }
        }
    }

    static func document(_ site: Site) -> JSONDocument {
        document(generatedFor: site.today.description, reviews: site.reviews.indices.lazy.map { entry($0, site: site) })
    }

    /// The file; `reviews` are written as they come, never held.
    static func document<Reviews: Sequence<ReviewEntry>>(generatedFor: String, reviews: Reviews) -> JSONDocument {
        JSONDocument { json in
            json.member("generated_for", generatedFor)
            json.key("reviews")
            json.array(reviews) { $1.write(to: &$0) }
            json.member("schema", schema)
        }
    }

    static func entry(_ index: Int, site: Site) -> ReviewEntry {
        let review = site.reviews[index].review
        let readiness = site.validations[index].readiness
        let entry = site.index.entries[index]
        return ReviewEntry(
            service: review.serviceName, title: review.title, tier: review.tier.rawValue,
            status: review.status.rawValue,
            owner: entry.owner?.displayName ?? review.owner, system: entry.system?.displayName,
            reviewDate: review.reviewDate?.description, launchDate: review.launchDate?.description,
            readiness: readiness.state.rawValue,
            categories: readiness.categories.map {
                CategoryEntry(id: $0.id, title: $0.title, met: $0.met, required: $0.required,
                              accepted: $0.accepted, unmet: $0.unmet)
            },
            openFindings: readiness.openFindings, acceptedFindings: readiness.acceptedFindings,
            url: SiteURLs.review(review.serviceName), file: review.file)
    }
}
