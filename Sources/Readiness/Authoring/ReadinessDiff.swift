/// What changed in readiness between two versions of a site, for a pull
/// request: reviews added and removed, tier, status and readiness changes,
/// gaps opened and closed, and accepted risks added and removed.
///
/// Gaps compare by service, rule, item and message, never by line, so moving
/// text around a review is not a change. Load both sites with the same
/// "today" (see `DiffCommand`) so time-based rules do not differ by clock.
public struct ReadinessDiff: Sendable, Codable, Hashable {
    /// A value that changed for one service.
    public struct Change: Sendable, Codable, Hashable {
        public let service: String
        public let from: String
        public let to: String
    }

    /// An open gap: one finding no accepted risk covers.
    public struct Gap: Sendable, Codable, Hashable, Comparable {
        public let service: String
        public let rule: String
        public let item: String?
        public let message: String
        /// Where it is in the version it belongs to (head for opened, base for closed).
        public let file: String
        public let line: Int

        var key: [String] { [service, rule, item ?? "", message] }
        public static func < (lhs: Gap, rhs: Gap) -> Bool { lhs.key.lexicographicallyPrecedes(rhs.key) }
    }

    /// An accepted risk of a review.
    public struct Risk: Sendable, Codable, Hashable, Comparable {
        public let service: String
        public let item: String
        public let acceptedBy: String?
        public let expires: String?

        var key: [String] { [service, item, acceptedBy ?? "", expires ?? ""] }
        public static func < (lhs: Risk, rhs: Risk) -> Bool { lhs.key.lexicographicallyPrecedes(rhs.key) }
    }

    public var reviewsAdded: [String] = []
    public var reviewsRemoved: [String] = []
    public var tierChanges: [Change] = []
    public var statusChanges: [Change] = []
    public var readinessChanges: [Change] = []
    public var gapsOpened: [Gap] = []
    public var gapsClosed: [Gap] = []
    public var risksAdded: [Risk] = []
    public var risksRemoved: [Risk] = []

    /// Whether nothing changed.
    public var isEmpty: Bool {
        reviewsAdded.isEmpty && reviewsRemoved.isEmpty && tierChanges.isEmpty && statusChanges.isEmpty
            && readinessChanges.isEmpty && gapsOpened.isEmpty && gapsClosed.isEmpty && risksAdded.isEmpty
            && risksRemoved.isEmpty
    }

    public init(base: Site, head: Site) {
        let baseReviews = Self.index(base)
        let headReviews = Self.index(head)
        reviewsAdded = headReviews.keys.filter { baseReviews[$0] == nil }.map { headReviews[$0]?.name ?? $0 }.sorted()
        reviewsRemoved = baseReviews.keys.filter { headReviews[$0] == nil }.map { baseReviews[$0]?.name ?? $0 }.sorted()
        for key in headReviews.keys.sorted() {
            guard let new = headReviews[key], let old = baseReviews[key] else { continue }
            if old.tier != new.tier {
                tierChanges.append(Change(service: new.name, from: "\(old.tier)", to: "\(new.tier)"))
            }
            if old.status != new.status {
                statusChanges.append(Change(service: new.name, from: old.status, to: new.status))
            }
            if old.readiness != new.readiness {
                readinessChanges.append(Change(service: new.name, from: old.readiness, to: new.readiness))
            }
        }
        let baseGaps = Self.gaps(base)
        let headGaps = Self.gaps(head)
        let baseKeys = Set(baseGaps.map(\.key))
        let headKeys = Set(headGaps.map(\.key))
        gapsOpened = headGaps.filter { !baseKeys.contains($0.key) }.sorted()
        gapsClosed = baseGaps.filter { !headKeys.contains($0.key) }.sorted()
        let baseRisks = Self.risks(base)
        let headRisks = Self.risks(head)
        risksAdded = headRisks.subtracting(baseRisks).sorted()
        risksRemoved = baseRisks.subtracting(headRisks).sorted()
    }

    private struct ReviewFacts {
        let name: String
        let tier: Int
        let status: String
        let readiness: String
    }

    private static func index(_ site: Site) -> [String: ReviewFacts] {
        var facts: [String: ReviewFacts] = [:]
        for document in site.reviews {
            let review = document.review
            facts[review.serviceName.lowercased()] = ReviewFacts(
                name: review.serviceName, tier: review.tier.rawValue, status: review.status.rawValue,
                readiness: site.validation(of: document)?.readiness.state.rawValue ?? "unknown")
        }
        return facts
    }

    /// Every open finding once; duplicates of the same key collapse.
    private static func gaps(_ site: Site) -> [Gap] {
        var seen: Set<[String]> = []
        var gaps: [Gap] = []
        for (document, validation) in zip(site.reviews, site.validations) {
            for finding in validation.openFindings {
                let gap = Gap(
                    service: document.review.serviceName, rule: finding.rule.id, item: finding.item,
                    message: finding.message, file: finding.location.file, line: finding.location.line)
                if seen.insert(gap.key).inserted { gaps.append(gap) }
            }
        }
        return gaps
    }

    private static func risks(_ site: Site) -> Set<Risk> {
        Set(site.reviews.flatMap { document in
            document.review.risks.map { risk in
                Risk(service: document.review.serviceName, item: risk.item.lowercased(),
                     acceptedBy: risk.acceptedBy, expires: risk.expires.map { "\($0)" })
            }
        })
    }
}
