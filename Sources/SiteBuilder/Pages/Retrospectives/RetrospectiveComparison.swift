import Readiness

/// A review's predictions beside what one retrospective found: the layout
/// values of a retrospective page's figures.
///
/// Every figure comes from `RetrospectiveLessons` computed over this one
/// retrospective, so a page and the lessons page can never disagree about
/// how a ratio, a share or a policy match is worked out.
struct RetrospectiveComparison {
    let document: RetrospectiveDocument
    let review: Review?
    let lessons: RetrospectiveLessons
    let policy: Policy

    init(_ document: RetrospectiveDocument, review: ReviewDocument?, site: Site) {
        self.document = document
        self.review = review?.review
        policy = site.policy
        lessons = RetrospectiveLessons(
            retrospectives: [document.retrospective], reviews: review.map { [$0] } ?? [], policy: site.policy)
    }

    /// Expected and actual peak, ratio and label, and the tested headroom; nil
    /// without both peaks.
    var capacity: LayoutValue? {
        lessons.estimates.first.map { sealed(RetrospectiveFormatting.estimateValues($0)) }
    }

    /// Every alert the review declared, in review order, with what the
    /// retrospective reports of it; then reported alerts the review never declared.
    var alerts: [LayoutValue] {
        let reported = Dictionary(lessons.alerts.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let declared = review?.alerts.map(\.name) ?? []
        var names = declared
        for alert in document.retrospective.alerts where !names.contains(alert.name) { names.append(alert.name) }
        return names.map { name in
            let noise = reported[name]
            return sealed([
                "name": name,
                "declared": declared.contains(name),
                "reported": noise != nil,
                "fired": noise.map { Formatting.number($0.fired) },
                "actionable": noise.map { Formatting.number($0.actionable) },
                "noise": noise.map { Formatting.number($0.noise) },
                "share": noise?.actionableShare.map(RetrospectiveFormatting.percent),
                "neverFired": noise.map { $0.fired == 0 } ?? false,
            ])
        }
    }

    /// Actionable over fired across this retrospective's alerts, e.g. "60%".
    var actionableShare: String? { lessons.actionableShare.map(RetrospectiveFormatting.percent) }

    /// Every incident in file order, marked anticipated or not.
    var incidents: [LayoutValue] {
        document.retrospective.incidents.map { incident in
            sealed([
                "id": incident.id,
                "summary": incident.summary,
                "anticipated": incident.anticipated,
                "label": incident.anticipated ? "anticipated" : "not anticipated",
            ])
        }
    }

    /// The review's dependencies with the failure mode each documented
    /// (`on_failure`), or none.
    var failureModes: [LayoutValue] {
        (review?.dependencies ?? []).map { dependency in
            let text = dependency.onFailure.flatMap { $0.isEmpty ? nil : $0 }
            return sealed(["dependency": dependency.ref, "onFailure": text])
        }
    }

    /// The proposed template changes in file order, each "already in the
    /// policy" (with the item) or "new".
    var templateChanges: [LayoutValue] {
        document.retrospective.templateChanges.compactMap { change in
            guard let proposal = lessons.templateChanges.first(where: { $0.locations.contains(change.location) }) else {
                return nil
            }
            return Self.templateChangeValues(proposal, text: change.text, policy: policy, services: [])
        }
    }

    /// One template change: its text, whether the policy has it and which item.
    static func templateChangeValues(
        _ proposal: RetrospectiveLessons.TemplateChangeProposal, text: String, policy: Policy, services: [LayoutValue],
        moreServices: String? = nil
    ) -> LayoutValue {
        let entry = proposal.policyItem.flatMap { policy.entry(fullID: $0) }
        return sealed([
            "text": text,
            "inPolicy": proposal.inPolicy,
            "policyItem": proposal.policyItem,
            "policyTitle": entry.map { "\($0.category.title): \($0.item.title)" },
            "status": proposal.inPolicy ? "already in the policy" : "new",
            "services": services,
            "moreServices": moreServices,
        ])
    }
}
