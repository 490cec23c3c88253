/// Cross-checks a review against the service catalog.
struct CatalogValidator {
    let context: ReviewContext

    func findings() -> [Finding] {
        guard context.hasCatalog else { return [] }
        let review = context.review
        guard let component = context.component else {
            return [Finding(
                .serviceNotInCatalog, "`\(review.service)` is not a Component in the catalog", at: review.location(of: "service"))]
        }
        var findings: [Finding] = []
        if let written = review.owner, context.ownerRef == nil {
            findings.append(Finding(
                .ownerMismatch, "owner `\(written)` is not a catalog reference such as `group:payments`",
                at: review.location(of: "owner")))
        } else if let catalogOwner = component.owner?.ref, let owner = context.ownerRef, owner != catalogOwner {
            findings.append(Finding(
                .ownerMismatch,
                "the review names owner `\(owner.displayName)` but the catalog says `\(catalogOwner.displayName)`",
                at: review.location(of: "owner")))
        }
        findings += dependencies(component)
        findings += people()
        return findings
    }

    private func dependencies(_ component: CatalogEntity) -> [Finding] {
        let review = context.review
        var findings: [Finding] = []
        var documented: Set<EntityRef> = []
        let catalogDependencies = Set(component.dependsOn.map(\.ref))
        for dependency in review.dependencies {
            guard let ref = dependency.entity else {
                findings.append(Finding(
                    .dependencyNotInCatalog, "`\(dependency.ref)` is not a catalog reference such as `resource:ledger-db`",
                    at: dependency.location))
                continue
            }
            documented.insert(ref)
            if (dependency.onFailure ?? "").isEmpty {
                findings.append(Finding(
                    .dependencyFailureUndocumented, "dependency `\(ref.displayName)` has no `on_failure`",
                    at: dependency.location))
            }
            if !catalogDependencies.contains(ref) {
                let known = context.catalog.contains(ref)
                findings.append(Finding(
                    .dependencyNotInCatalog,
                    known ? "`\(ref.displayName)` is documented here but is not in the Component's dependsOn"
                        : "`\(ref.displayName)` is not in the catalog",
                    at: dependency.location))
            }
            if review.tier == .one, ref.kind == "component", ref != context.componentRef {
                let status = context.dependencyStatuses[ref]
                if status != .approved && status != .launched {
                    findings.append(Finding(
                        .dependencyNotReady,
                        status == nil ? "tier-1 dependency `\(ref.displayName)` has no review"
                            : "tier-1 dependency `\(ref.displayName)` is only \(status?.rawValue ?? "drafted")",
                        at: dependency.location))
                }
            }
        }
        for dependency in component.dependsOn where !documented.contains(dependency.ref) {
            findings.append(Finding(
                .dependencyUndocumented,
                "the catalog says `\(component.ref.displayName)` depends on `\(dependency.ref.displayName)`, which the review does not document",
                at: review.fieldLocations["dependencies"] ?? review.location(of: "service")))
        }
        return findings
    }

    private func people() -> [Finding] {
        let review = context.review
        let people = review.reviewers.map { ($0.ref, $0.location) } + review.signoffs.map { ($0.ref, $0.location) }
            + review.risks.compactMap { risk in risk.acceptedBy.map { ($0, risk.location) } }
        return people.compactMap { ref, location in
            guard let user = EntityRef(ref, defaultKind: "user"), user.kind == "user", context.catalog.contains(user) else {
                return Finding(.reviewerUnknown, "`\(ref)` is not a User in the catalog", at: location)
            }
            return nil
        }
    }
}
