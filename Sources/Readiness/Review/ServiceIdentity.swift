/// A service as a review or retrospective names it: as written, its short
/// name for file names and URLs (`Review.shortName(of:)`), and the key that
/// pairs reviews with retrospectives (`ServiceKey`).
///
/// Worked out once when the name is set: pages, sorting and indexes ask for
/// the short name and key many times per document.
struct ServiceIdentity: Sendable, Hashable {
    let written: String
    let name: String
    let key: String

    init(_ service: String) {
        written = service
        name = Review.shortName(of: service)
        key = ServiceKey.of(service)
    }
}
