import Readiness

/// Accepted risks that run out soon, and those that already have, for the
/// home dashboard.
///
/// Both come from the findings: a risk in force is one some finding's
/// `acceptance` holds; an expired one is a `risk-expired` finding (which
/// `RiskAcceptance` raises), so the dashboard lists exactly the risks the
/// validator applied, never a re-reading of the front matter.
enum RiskExpiryValues {
    /// The id of the rule `RiskAcceptance` raises for a risk past its expiry.
    static let expiredRuleID = "risk-expired"

    /// Risks in force expiring within `riskExpiryWarningDays` of today,
    /// soonest first, then by service and item.
    static func expiring(_ site: Site, from page: String) -> [LayoutValue] {
        let window = site.policy.thresholds.riskExpiryWarningDays
        var rows: [(days: Int, service: String, item: String, values: LayoutValue)] = []
        for (index, validation) in site.validations.enumerated() {
            let review = site.reviews[index].review
            // One row per risk, however many findings it covers.
            let risks = Set(validation.findings.compactMap(\.acceptance))
            for risk in risks {
                guard let expires = risk.expires else { continue }
                let days = site.today.days(until: expires)
                guard days <= window else { continue }
                rows.append((days, review.serviceName, risk.item, row(risk, review: review, days: days, site: site, from: page)))
            }
        }
        return rows.sorted { ($0.days, $0.service, $0.item) < ($1.days, $1.service, $1.item) }.map(\.values)
    }

    /// Risks whose expiry has passed, longest expired first.
    static func expired(_ site: Site, from page: String) -> [LayoutValue] {
        var rows: [(days: Int, service: String, item: String, values: LayoutValue)] = []
        for (index, validation) in site.validations.enumerated() {
            let review = site.reviews[index].review
            for finding in validation.findings where finding.rule.id == expiredRuleID {
                // The finding sits at the risk entry; its location finds the entry's approver and date.
                guard let risk = review.risks.first(where: { $0.location == finding.location }),
                    let expires = risk.expires else { continue }
                let days = site.today.days(until: expires)
                rows.append((days, review.serviceName, risk.item, row(risk, review: review, days: days, site: site, from: page)))
            }
        }
        return rows.sorted { ($0.days, $0.service, $0.item) < ($1.days, $1.service, $1.item) }.map(\.values)
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
