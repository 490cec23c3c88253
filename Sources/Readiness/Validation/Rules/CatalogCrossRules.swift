/// Rules that hold a review against the service catalog.
extension Rule {
    static let serviceNotInCatalog = Rule(
        "service-not-in-catalog", .catalog, title: "Service missing from the catalog", item: "ownership.catalog-owner",
        rationale: "A service that is not a catalog Component has no recorded owner, system or dependencies.",
        fix: "Add a Component for the service to the catalog, or correct `service` to the Component's name.")
    static let ownerMismatch = Rule(
        "owner-mismatch", .catalog, title: "Owner disagrees with the catalog", item: "ownership.catalog-owner",
        rationale: "The review and the catalog must agree on who owns and is paged for the service.",
        fix: "Change `owner` to the Component's `spec.owner`, or update the catalog if ownership moved.")
    static let dependencyUndocumented = Rule(
        "dependency-undocumented", .catalog, title: "Catalog dependency without failure behaviour",
        item: "failure-modes.dependency-failures",
        rationale: "Every dependency the catalog records needs a documented answer to \"what happens when it fails?\".",
        fix: "Add the dependency under `dependencies:` with its `on_failure` behaviour.")
    static let dependencyFailureUndocumented = Rule(
        "dependency-failure-undocumented", .catalog, title: "Dependency without `on_failure`",
        item: "failure-modes.dependency-failures",
        rationale: "A dependency listed without its failure behaviour answers nothing.",
        fix: "Describe what the service does when the dependency fails in `on_failure`.")
    static let dependencyNotInCatalog = Rule(
        "dependency-not-in-catalog", .catalog, title: "Dependency unknown to the catalog",
        rationale: "The review documents a dependency that the catalog does not record for the Component.",
        fix: "Add it to the Component's `spec.dependsOn` (and the entity to the catalog), or correct the reference.")
    static let reviewerUnknown = Rule(
        "reviewer-unknown", .catalog, title: "Reviewer or approver not a catalog User",
        rationale: "Reviewers, sign-offs and approvers must be people the catalog knows, so independence can be checked.",
        fix: "Use the catalog User's reference, e.g. `user:alice`.")
    static let dependencyNotReady = Rule(
        "dependency-not-ready", .catalog, title: "Tier-1 service depends on an unreviewed service",
        rationale: "A tier-1 service is only as ready as the services it calls.",
        fix: "Get the dependency's review approved, or document how this service degrades without it.")

    static let catalogCrossRules: [Rule] = [
        .serviceNotInCatalog, .ownerMismatch, .dependencyUndocumented, .dependencyFailureUndocumented,
        .dependencyNotInCatalog, .reviewerUnknown, .dependencyNotReady,
    ]
}
