import Readiness

/// Accepted risks that run out soon, and those that already have, for the
/// home dashboard.
///
/// Both come from the findings: a risk in force is one some finding's
/// `acceptance` holds; an expired one is a `risk-expired` finding (which
/// `RiskAcceptance` raises), so the dashboard lists exactly the risks the
/// validator applied, never a re-reading of the front matter.
///
/// Both lists page on the home page (``HomePage/Lists``): the orders are
/// worked out once as ``Row``s, and each page turns only its own rows into
/// layout values.
enum RiskExpiryValues {
    /// The id of the rule `RiskAcceptance` raises for a risk past its expiry.
    static let expiredRuleID = "risk-expired"

    /// One risk of either list, in order but not yet drawn: the review it
    /// belongs to (an index into `Site.reviews`), the risk, and the days
    /// until it expires (negative once it has).
    struct Row: Sendable {
        let review: Int
        let risk: AcceptedRisk
        let days: Int
    }

    /// Risks in force expiring within `riskExpiryWarningDays` of today,
    /// soonest first, then by service and item.
    static func expiring(_ site: Site) -> [Row] {
        let window = site.policy.thresholds.riskExpiryWarningDays
        var rows: [Row] = []
        for (index, validation) in site.validations.enumerated() {
            // One row per risk, however many findings it covers.
            let risks = Set(validation.findings.compactMap(\.acceptance))
            for risk in risks {
                guard let expires = risk.expires else { continue }
                let days = site.today.days(until: expires)
                guard days <= window else { continue }
                rows.append(Row(review: index, risk: risk, days: days))
            }
        }
        return sorted(rows, site: site)
    }

    /// Risks whose expiry has passed, longest expired first.
    static func expired(_ site: Site) -> [Row] {
        var rows: [Row] = []
        for (index, validation) in site.validations.enumerated() {
            let review = site.reviews[index].review
            for finding in validation.findings where finding.rule.id == expiredRuleID {
                // The finding sits at the risk entry; its location finds the entry's approver and date.
                guard let risk = review.risks.first(where: { $0.location == finding.location }),
                    let expires = risk.expires else { continue }
                rows.append(Row(review: index, risk: risk, days: site.today.days(until: expires)))
            }
        }
        return sorted(rows, site: site)
    }

    /// Fewest days left first (most days ago for expired risks), then by service and item.
    private static func sorted(_ rows: [Row], site: Site) -> [Row] {
        let keys = rows.map { ($0.days, site.reviews[$0.review].review.serviceName, $0.risk.item) }
        return rows.indices.sorted { keys[$0] < keys[$1] }.map { rows[$0] }
    }

    /// The layout values of `rows`, linked from `page`.
    static func values(_ rows: ArraySlice<Row>, site: Site, from page: String) -> [LayoutValue] {
        rows.map { row($0.risk, review: site.reviews[$0.review].review, days: $0.days, site: site, from: page) }
    }

    private static func row(_ risk: AcceptedRisk, review: Review, days: Int, site: Site, from page: String) -> LayoutValue {
        let category = risk.item.split(separator: ".").first.map(String.init)
        let validation = site.review(named: review.serviceName).flatMap { site.validation(of: $0) }
        let anchor = validation?.anchor(ofCategory: category) ?? GapIndex.findingsAnchor
        return [
            "service": review.serviceName,
            "url": SiteURLs.root(from: page) + SiteURLs.review(review.serviceName, anchor: anchor),
            "item": risk.item,
            "itemTitle": site.policy.item(fullID: risk.item.lowercased())?.title,
            "approver": risk.acceptedBy,
            "expires": risk.expires?.description,
            "daysLeft": (days >= 0 ? dayCount(days) : nil) as String?,
            "daysAgo": (days < 0 ? dayCount(-days) + " ago" : nil) as String?,
        ]
    }

    /// "1 day", "12 days".
    static func dayCount(_ days: Int) -> String { days == 1 ? "1 day" : "\(Formatting.number(days)) days" }
}
