/// The built-in policy, used when `Content/policy.yaml` is absent and as the
/// base that file overrides.
///
/// The graduated model:
/// - Tier 1 (full PRR): every item required; every checked item needs an evidence link.
/// - Tier 2 (standard): every item except four that depend on the service's
///   shape — distributed tracing, cost projection, dead-letter queues (only
///   async work has them) and customer-facing docs (only customer-visible
///   services need them). Compliance stays required: a service with no
///   obligations marks it n/a with that reason. Evidence links are required
///   for monitoring, capacity, failure-mode and documentation items, the ones
///   whose claims are cheapest to link and costliest to get wrong.
/// - Tier 3 (self-attestation): a core of eight items — latency and error
///   dashboards, structured logs, managed secrets, an on-call rotation, a
///   catalog owner, a runbook and a rollback plan — without evidence links.
extension Policy {
    /// The built-in eight-category checklist and graduated tier model.
    public static let `default` = Policy(
        categories: DefaultChecklist.categories,
        tiers: Dictionary(uniqueKeysWithValues: Tier.allCases.map { ($0, TierPolicy.default(for: $0)) }),
        thresholds: PolicyThresholds())
}

/// The built-in checklist, written as compactly as the data allows.
enum DefaultChecklist {
    /// Which tiers require an item by default.
    enum Scope {
        /// Tiers 1, 2 and 3.
        case core
        /// Tiers 1 and 2.
        case standard
        /// Tier 1 only.
        case full

        var tiers: Set<Tier> {
            switch self {
            case .core: return [.one, .two, .three]
            case .standard: return [.one, .two]
            case .full: return [.one]
            }
        }
    }

    struct Line {
        let id: String
        let title: String
        let aliases: [String]
        let scope: Scope
        let help: String

        init(_ id: String, _ title: String, _ aliases: [String], _ scope: Scope, _ help: String) {
            self.id = id
            self.title = title
            self.aliases = aliases
            self.scope = scope
            self.help = help
        }
    }

    /// A category whose items need evidence at tier 1, and at tier 2 too when `tier2Evidence`.
    static func category(
        _ id: String, _ title: String, _ aliases: [String], tier2Evidence: Bool, _ lines: [Line]
    ) -> PolicyCategory {
        let evidence: Set<Tier> = tier2Evidence ? [.one, .two] : [.one]
        return PolicyCategory(id: id, title: title, aliases: aliases, items: lines.map {
            PolicyItem(id: $0.id, title: $0.title, aliases: $0.aliases,
                       requiredFor: $0.scope.tiers, evidenceRequiredFor: evidence, help: $0.help)
        })
    }

    static let categories: [PolicyCategory] = [
        category("monitoring", "Monitoring and alerting", ["Monitoring", "Alerting", "Observability"], tier2Evidence: true, [
            Line("latency-dashboards", "Latency dashboards (p50, p99, p99.9)", ["Latency dashboards", "Latency dashboard"], .core,
                 "A dashboard shows p50, p99 and p99.9 latency for every endpoint users call."),
            Line("error-dashboards", "Error rate dashboards", ["Error dashboards", "Error rate dashboard", "Error dashboard"], .core,
                 "A dashboard shows the error rate per endpoint and per dependency."),
            Line("saturation-dashboards", "Saturation and capacity dashboards", ["Saturation dashboards", "Capacity dashboards"], .standard,
                 "A dashboard shows CPU, memory, connection pools and queue depth against their limits."),
            Line("slos", "SLOs defined for the service", ["SLOs defined", "SLOs", "Service level objectives"], .standard,
                 "Each user-facing behaviour has an SLO with an objective and a window, agreed with its consumers."),
            Line("slo-alerts", "Alerts paging the right people for SLO violations", ["SLO alerts", "Alerts", "Paging alerts"], .standard,
                 "Burn-rate alerts on each SLO page the on-call rotation that owns the service, each with a runbook."),
        ]),
        category("logging", "Logging and tracing", ["Logging", "Tracing", "Logs and traces"], tier2Evidence: false, [
            Line("structured-logs", "Structured logs at appropriate levels", ["Structured logs", "Structured logging"], .core,
                 "Logs are structured (JSON or key-value) and levels are used so that errors stand out."),
            Line("request-ids", "Request IDs propagated end-to-end", ["Request IDs", "Request ID propagation", "Correlation IDs"], .standard,
                 "Every request carries an id from the edge through every service and log line it touches."),
            Line("tracing", "Distributed tracing instrumentation", ["Distributed tracing", "Tracing instrumentation"], .full,
                 "Spans are emitted for incoming requests and every outgoing call, sampled into the tracing backend."),
            Line("log-scrubbing", "Sensitive data scrubbing in logs", ["Log scrubbing", "PII scrubbing", "Sensitive data scrubbing"], .standard,
                 "Secrets, tokens and personal data are removed or masked before logs leave the process."),
        ]),
        category("capacity", "Capacity and scaling", ["Capacity", "Scaling", "Capacity planning"], tier2Evidence: true, [
            Line("load-testing", "Load testing performed", ["Load testing", "Load test", "Load tested"], .standard,
                 "A load test at or above the headroom factor times expected peak ran against a production-like setup."),
            Line("headroom", "Headroom over expected peak (typically 2x)", ["Headroom", "Headroom over expected peak", "Headroom over peak"], .standard,
                 "Tested capacity is at least the policy's headroom factor over the expected peak."),
            Line("autoscaling", "Auto-scaling configured", ["Autoscaling configured", "Autoscaling", "Auto-scaling"], .standard,
                 "Auto-scaling has sensible minimum and maximum sizes and was seen to scale under load."),
            Line("cost-projection", "Cost projection", ["Cost estimate", "Cost projections"], .full,
                 "The monthly cost at expected and peak load is estimated and accepted by the budget owner."),
        ]),
        category("failure-modes", "Failure modes and recovery", ["Failure modes", "Recovery", "Resilience"], tier2Evidence: true, [
            Line("dependency-failures", "Documented for each dependency: what happens when it fails?", ["Dependency failures", "Dependency failure modes", "Documented for each dependency"], .standard,
                 "For each dependency the review says what users see when it is slow or down, and how the service degrades."),
            Line("timeouts-retries", "Circuit breakers, timeouts, retries set sensibly", ["Timeouts and retries", "Circuit breakers", "Timeouts, retries and circuit breakers"], .standard,
                 "Every outgoing call has a timeout, bounded retries with backoff and, where it helps, a circuit breaker."),
            Line("dead-letter-queues", "Dead-letter queues for async work", ["Dead-letter queues", "Dead letter queues", "DLQ", "DLQs"], .full,
                 "Failed asynchronous work lands in a dead-letter queue that is alerted on and can be replayed."),
            Line("rollback-tested", "Rollback procedure tested", ["Rollback tested", "Rollback procedure"], .standard,
                 "The rollback procedure was exercised recently on a real deployment, and how long it took is recorded."),
        ]),
        category("security", "Security and compliance", ["Security", "Compliance"], tier2Evidence: false, [
            Line("threat-model", "Threat model exists", ["Threat model", "Threat modelling", "Threat modeling"], .standard,
                 "A threat model names the assets, entry points and mitigations, and security has seen it."),
            Line("authz-review", "Auth and authz reviewed", ["Authentication and authorization reviewed", "Auth reviewed", "AuthN and AuthZ reviewed", "Authz review"], .standard,
                 "Authentication and authorisation checks were reviewed for every endpoint and role."),
            Line("secrets", "Secrets managed properly", ["Secrets", "Secrets management", "Secret management"], .core,
                 "Secrets live in the secret manager, are never in code or images, and can be rotated."),
            Line("dependency-scanning", "Dependencies scanned", ["Dependency scanning", "Vulnerability scanning"], .standard,
                 "Dependencies and images are scanned for known vulnerabilities in CI, with no open critical findings."),
            Line("compliance", "Compliance requirements (SOC2, HIPAA, etc.) addressed", ["Compliance requirements", "Compliance requirements addressed"], .standard,
                 "Each applicable regime (SOC2, HIPAA, PCI, GDPR…) is named and its controls are in place, or none applies."),
        ]),
        category("ownership", "Operational ownership", ["Ownership", "On-call", "Operations"], tier2Evidence: false, [
            Line("oncall-rotation", "On-call rotation defined", ["On-call rotation", "Oncall rotation", "On call rotation"], .core,
                 "A staffed on-call rotation that owns this service exists and receives its pages."),
            Line("escalation-policy", "Pager-duty escalation policy", ["Escalation policy", "PagerDuty escalation policy", "Pager escalation policy"], .standard,
                 "The paging escalation policy reaches a second responder and a manager when a page is not acknowledged."),
            Line("debuggability", "Team understands the service well enough to debug", ["Team can debug the service", "Debuggability"], .standard,
                 "More than one person on the rotation has debugged the service in a realistic exercise."),
            Line("catalog-owner", "Service has an owner team in your service catalog", ["Catalog owner", "Owner in the service catalog", "Service catalog owner"], .core,
                 "The service's catalog entry names the owning team, and that team agrees."),
        ]),
        category("documentation", "Documentation and runbooks", ["Documentation", "Docs", "Runbooks"], tier2Evidence: true, [
            Line("architecture", "Architecture overview", ["Architecture", "Architecture diagram", "Architecture docs"], .standard,
                 "A current overview shows the components, data flows and dependencies."),
            Line("runbook", "Operational runbook (common alerts and what to do)", ["Runbook", "Operational runbook", "Runbooks"], .core,
                 "The runbook covers every paging alert with what it means and the first steps to take."),
            Line("incident-playbook", "Incident response playbook", ["Incident playbook", "Incident response"], .standard,
                 "The playbook says how to declare an incident, who leads, and how to communicate."),
            Line("customer-docs", "Customer-facing docs", ["Customer docs", "Customer documentation", "User-facing docs"], .full,
                 "Customers can read how to use the feature, its limits and what to expect when it fails."),
        ]),
        category("rollout", "Rollout strategy", ["Rollout", "Launch plan", "Release strategy"], tier2Evidence: false, [
            Line("feature-flag", "Feature flag controls launch", ["Feature flag", "Feature flags"], .standard,
                 "A feature flag can turn the launch off without a deploy."),
            Line("canary", "Canary or percentage-based rollout plan", ["Canary", "Canary rollout", "Percentage rollout", "Staged rollout"], .standard,
                 "The rollout goes through canary or percentage stages with declared traffic shaping and checks between stages."),
            Line("rollback-plan", "Rollback plan", ["Rollback"], .core,
                 "The review says how to roll back, who decides, and how long it takes."),
            Line("communication", "Communication plan if user-visible", ["Communication plan", "Communication", "Comms plan"], .standard,
                 "Support, affected teams and, if user-visible, customers know what launches when."),
        ]),
    ]
}
