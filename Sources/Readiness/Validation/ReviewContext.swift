/// Everything the rules may read about one review: the review, its matched
/// checklist, the policy for its tier, the catalog, the other reviews and today.
struct ReviewContext {
    let document: ReviewDocument
    let policy: Policy
    let checklist: ChecklistReading
    let catalog: Catalog
    let today: Day
    /// Every review of the site by its Component reference, for cross-review rules.
    let reviewsByComponent: [EntityRef: ReviewDocument]

    var review: Review { document.review }
    var tierPolicy: TierPolicy { policy.tier(review.tier) }

    /// The Component this review covers, as a catalog reference.
    var componentRef: EntityRef? { EntityRef(review.service, defaultKind: "component") }
    /// The catalog's Component, when the catalog has it.
    var component: CatalogEntity? {
        componentRef.flatMap { catalog.entity($0) }.flatMap { $0.kind == .component ? $0 : nil }
    }
    /// The owning team as the review names it.
    var ownerRef: EntityRef? { review.owner.flatMap { EntityRef($0, defaultKind: "group") } }
    /// The owning team as the catalog names it, else as the review does.
    var effectiveOwner: EntityRef? { component?.owner?.ref ?? ownerRef }
    /// Whether there is a catalog to check against at all.
    var hasCatalog: Bool { catalog.count > 0 }

    /// Where the body starts, for findings about something the body lacks.
    var bodyStart: SourceLocation {
        SourceLocation(file: review.file, line: review.bodyLineOffset + 1, column: 1)
    }

    /// Whether a user is a member of the owning team (directly or through child groups).
    func isOwnerMember(_ userRef: String) -> Bool {
        guard let owner = effectiveOwner, let user = EntityRef(userRef, defaultKind: "user") else { return false }
        return catalog.isMember(user, of: owner, transitive: true)
    }
}
