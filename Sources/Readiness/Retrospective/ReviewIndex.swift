/// The reviews by service, for pairing retrospectives with the review they judge.
///
/// Keys come from `ServiceKey`, so `payments-api` and
/// `component:default/payments-api` find the same review. When two reviews
/// claim one service, the first in file order wins (the review rules report
/// the duplicate).
struct ReviewIndex: Sendable {
    private let reviews: [ReviewDocument]
    /// Positions in `reviews`.
    private let byKey: [String: Int]
    /// Every review's short service name, sorted, for "did you mean".
    let serviceNames: [String]

    init(_ reviews: [ReviewDocument]) {
        var byKey: [String: Int] = [:]
        byKey.reserveCapacity(reviews.count)
        // The first in file order wins: compared only when two share a key,
        // rather than sorting every review by file.
        for position in reviews.indices {
            let key = reviews[position].review.serviceKey
            if let kept = byKey[key], reviews[kept].file <= reviews[position].file { continue }
            byKey[key] = position
        }
        self.reviews = reviews
        self.byKey = byKey
        serviceNames = Set(reviews.map(\.review.serviceName)).sorted()
    }

    /// The review of the service a retrospective names.
    func review(for retrospective: Retrospective) -> ReviewDocument? {
        byKey[retrospective.serviceKey].map { reviews[$0] }
    }
}
