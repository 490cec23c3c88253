import Readiness

/// The short description of a review used in lists and tables. Facts, not a
/// finished map: the review page adds to them and catalog rows seal them.
func reviewSummaryValues(_ index: Int, site: Site, from page: String) -> LayoutFacts {
    // The document, not a copy of its review: copying the struct retained
    // every one of its fields, for every row of every list.
    let document = site.reviews[index]
    let validation = site.validations[index]
    let entry = site.index.entries[index]
    let root = SiteURLs.root(from: page)
    return [
        "service": document.review.serviceName,
        "title": document.review.title,
        "url": root + SiteURLs.review(document.review.serviceName),
        "tier": document.review.tier.rawValue,
        "tierName": document.review.tier.title,
        "tierLabel": document.review.tier.label,
        "tierURL": root + SiteURLs.tier(document.review.tier),
        "status": document.review.status.rawValue,
        "statusLabel": document.review.status.label,
        "owner": entry.ownerName ?? document.review.owner,
        "ownerURL": entry.owner.map { root + SiteURLs.team($0) },
        "system": entry.systemName,
        "systemURL": entry.system.map { root + SiteURLs.system($0) },
        "reviewDate": document.review.reviewDate?.description,
        "launchDate": document.review.launchDate?.description,
        "readiness": validation.readiness.state.rawValue,
        "readinessLabel": validation.readiness.state.label,
        // Absent rather than 0, so `{{#errors}}` sections show only when there are some.
        "errors": nonZero(validation.readiness.openErrors),
        "openGaps": nonZero(validation.readiness.openFindings),
        "acceptedGaps": nonZero(validation.readiness.acceptedFindings),
    ]
}

/// nil for 0: Mustache treats every number as true, so counts that should hide
/// a section when empty are left out instead.
func nonZero(_ count: Int) -> Int? { count == 0 ? nil : count }
