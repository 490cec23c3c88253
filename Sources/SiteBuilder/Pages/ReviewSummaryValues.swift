import Readiness

/// The short description of a review used in lists and tables.
func reviewSummaryValues(_ document: ReviewDocument, site: Site, from page: String) -> [String: Any] {
    let review = document.review
    let diagnostics = site.diagnostics(in: review.file)
    return [
        "service": review.serviceName,
        "title": review.title,
        "url": SiteURLs.root(from: page) + SiteURLs.review(review.serviceName),
        "tier": review.tier.rawValue,
        "tierName": "Tier \(review.tier.rawValue)",
        "tierLabel": review.tier.label,
        "status": review.status.rawValue,
        "statusLabel": review.status.label,
        "owner": review.owner as Any,
        "reviewDate": review.reviewDate?.description as Any,
        "launchDate": review.launchDate?.description as Any,
        // Absent rather than 0, so `{{#errors}}` sections show only when there are some.
        "errors": nonZero(diagnostics.count(of: .error)) as Any,
        "warnings": nonZero(diagnostics.count(of: .warning)) as Any,
    ]
}

/// nil for 0: Mustache treats every number as true, so counts that should hide
/// a section when empty are left out instead.
func nonZero(_ count: Int) -> Int? { count == 0 ? nil : count }
