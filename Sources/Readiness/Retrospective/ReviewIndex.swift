/// The reviews by service, for pairing retrospectives with the review they judge.
///
/// Keys come from `ServiceKey`, so `payments-api` and
/// `component:default/payments-api` find the same review. When two reviews
/// claim one service, the first in file order wins (the review rules report
/// the duplicate).
struct ReviewIndex: Sendable {
    private let reviews: [ReviewDocument]
    /// Positions in `reviews`: a review is a large value to copy into a dictionary.
    private let byKey: [String: Int]
    /// Every review's short service name, sorted, for "did you mean".
    let serviceNames: [String]

    init(_ reviews: [ReviewDocument]) {
        var byKey: [String: Int] = [:]
        // Sorting positions by file name, not the large documents themselves.
        let files = reviews.map(\.file)
        for position in reviews.indices.sorted(by: { files[$0] < files[$1] }) {
            let key = reviews[position].review.serviceKey
            if byKey[key] == nil { byKey[key] = position }
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
