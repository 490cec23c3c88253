/// The text of a new review: a commented front-matter skeleton and every
/// category of the effective policy with its items unchecked.
///
/// Items the tier requires come first under each heading; the others follow
/// an HTML comment that says they are optional for the tier (comments are
/// invisible on the site). The result parses without content errors, so a
/// fresh draft passes `prr check` with only open-gap warnings.
public struct ReviewScaffold: Sendable {
    public var service: String
    public var title: String
    public var tier: Tier
    /// The owning team as a reference, such as `group:payments`.
    public var owner: String
    public var today: Day
    public var policy: Policy
    /// The opening paragraph of the body.
    public var summary: String

    public init(service: String, title: String? = nil, tier: Tier, owner: String, today: Day, policy: Policy,
                summary: String? = nil) {
        self.service = service
        self.title = title ?? "\(service) launch"
        self.tier = tier
        self.owner = owner
        self.today = today
        self.policy = policy
        self.summary = summary ?? """
            Replace this paragraph: what \(service) does, what this launch changes, and
            why it is tier \(tier.rawValue) (\(tier.name)).
            """
    }

    /// The whole file, front matter and body.
    public var text: String { frontMatter + "\n" + body }

    var frontMatter: String {
        let rules = policy.tier(tier)
        let mode = rules.allowedReviewModes.first ?? .peer
        let modes = rules.allowedReviewModes.map(\.rawValue).joined(separator: " | ")
        let roles = rules.requiredReviewerRoles.isEmpty ? "any role" : rules.requiredReviewerRoles.joined(separator: ", ")
        let signoffs = rules.requiredSignoffRoles.isEmpty ? "none required" : rules.requiredSignoffRoles.joined(separator: ", ")
        return """
            ---
            # Production readiness review of \(service). `prr check` says what is still
            # missing for tier \(tier.rawValue); `prr policy` prints what every tier requires.
            service: \(YAMLText.scalar(service))
            title: \(YAMLText.quoted(title))
            tier: \(tier.rawValue)                      # 1 critical · 2 important · 3 low risk
            owner: \(YAMLText.scalar(owner))       # must agree with the catalog's spec.owner
            review_mode: \(mode.rawValue)          # allowed for this tier: \(modes)
            status: draft                # draft | in-review | approved | launched | retired
            review_date: \(today)
            # launch_date: YYYY-MM-DD
            # Reviewers needed: at least \(rules.minReviewers), roles: \(roles), \(rules.independentReviewers) outside the owning team.
            reviewers: []                # - {ref: user:<name>, role: <role>, verdict: approved, date: YYYY-MM-DD}
            # Sign-offs needed: \(signoffs).
            signoffs: []                 # - {ref: user:<name>, role: vp, date: YYYY-MM-DD}
            slos: []                     # - {name: availability, objective: "99.9%", window: 28d}
            alerts: []                   # - {name: HighErrorRate, slo: availability, pages: <rotation>, runbook: "https://…"}
            # capacity:
            #   expected_peak_rps: 100
            #   load_tested_rps: 250
            #   load_test: {date: YYYY-MM-DD, report: "https://…"}
            #   autoscaling: {min: 2, max: 10}
            #   monthly_cost_usd: 1000
            dependencies: []             # - {ref: resource:<name>, on_failure: "…", timeout_ms: 200, retries: 2, circuit_breaker: true}
            # rollout:
            #   feature_flag: <flag>
            #   strategy: canary         # canary | percentage | blue-green | all-at-once
            #   stages: [1, 10, 100]
            #   traffic_shaping: "…"
            #   rollback: {procedure: "…", tested: YYYY-MM-DD}
            #   communication: "…"
            # oncall: {rotation: <rotation>, escalation: [<rotation>, user:<manager>]}
            risks: []                    # - {item: capacity.autoscaling, reason: "…", accepted_by: user:<name>, expires: YYYY-MM-DD}
            ---

            """
    }

    var body: String {
        var text = summary + "\n"
        for category in policy.categories {
            text += "\n## \(category.title)\n\n"
            let required = category.items.filter { $0.isRequired(for: tier) }
            let optional = category.items.filter { !$0.isRequired(for: tier) }
            for item in required { text += line(for: item) }
            if !optional.isEmpty {
                if !required.isEmpty { text += "\n" }
                text += "<!-- Optional for tier \(tier.rawValue): check them, or mark them [n/a] with a reason. -->\n\n"
                for item in optional { text += line(for: item) }
            }
        }
        return text
    }

    /// An unchecked line; ticking it means adding a link to the evidence when the tier asks for one.
    private func line(for item: PolicyItem) -> String {
        "- [ ] \(item.title)\n"
    }
}
