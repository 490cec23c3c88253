/// A service as a review or retrospective names it: as written, its short
/// name for file names and URLs (`Review.shortName(of:)`), and the key that
/// pairs reviews with retrospectives (`ServiceKey`), and the catalog
/// Component reference it makes.
///
/// Worked out once when the name is set: pages, sorting and indexes ask for
/// the short name and key many times per document.
struct ServiceIdentity: Sendable, Hashable {
    let written: String
    let name: String
    let key: String
    /// Nil when the name is no valid entity reference.
    let component: EntityRef?

    init(_ service: String) {
        written = service
        name = Review.shortName(of: service)
        key = ServiceKey.of(service)
        component = EntityRef(service, defaultKind: "component")
    }
}
