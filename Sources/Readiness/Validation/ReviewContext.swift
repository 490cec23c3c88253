/// Everything the rules may read about one review: the review, its matched
/// checklist, the policy for its tier, the catalog, the statuses of the
/// reviews it depends on, and today.
///
/// The references and the catalog Component are worked out once here: the
/// rules ask for them many times per review (once per reviewer, for example),
/// and each answer means parsing a reference or copying a catalog entity.
struct ReviewContext {
    let document: ReviewDocument
    let policy: Policy
    let checklist: ChecklistReading
    let catalog: Catalog
    let today: Day
    /// The status of the review of each Component this review depends on, by
    /// reference, for cross-review rules. Only these: a validation that reads
    /// no other review's status can be kept while these are unchanged.
    let dependencyStatuses: [EntityRef: ReviewStatus]
    /// The Component this review covers, as a catalog reference.
    let componentRef: EntityRef?
    /// The catalog's Component, when the catalog has it.
    let component: CatalogEntity?
    /// The owning team as the review names it.
    let ownerRef: EntityRef?

    init(
        document: ReviewDocument, policy: Policy, checklist: ChecklistReading, catalog: Catalog, today: Day,
        dependencyStatuses: [EntityRef: ReviewStatus]
    ) {
        self.document = document
        self.policy = policy
        self.checklist = checklist
        self.catalog = catalog
        self.today = today
        self.dependencyStatuses = dependencyStatuses
        let componentRef = document.review.component
        self.componentRef = componentRef
        component = componentRef.flatMap { catalog.entity($0) }.flatMap { $0.kind == .component ? $0 : nil }
        ownerRef = document.review.owner.flatMap { EntityRef($0, defaultKind: "group") }
    }

    var review: Review { document.review }
    var tierPolicy: TierPolicy { policy.tier(review.tier) }

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
