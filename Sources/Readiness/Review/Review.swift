/// One production readiness review: the facts of its front matter and the
/// Markdown body with its checklist.
public struct Review: Sendable, Equatable {
    /// The file's path as shown in diagnostics.
    public var file: String
    /// The catalog Component this review covers, as written (`payments-api` or `component:default/payments-api`).
    public var service: String {
        get { identity.written }
        set { identity = ServiceIdentity(newValue) }
    }
    /// The service name without kind and namespace, used for file names and URLs.
    public var serviceName: String { identity.name }
    /// The key that pairs the review with its retrospectives (see `ServiceKey`).
    public var serviceKey: String { identity.key }
    /// The service as a catalog reference, of kind Component unless it names
    /// another kind; nil when it is no valid reference.
    public var component: EntityRef? { identity.component }
    private var identity: ServiceIdentity
    public var title: String
    public var tier: Tier
    /// The owning team as written (`group:payments`).
    public var owner: String?
    public var reviewMode: ReviewMode?
    public var status: ReviewStatus
    public var reviewDate: Day?
    public var launchDate: Day?
    public var reviewers: [Reviewer]
    public var signoffs: [Signoff]
    public var slos: [ServiceLevelObjective]
    public var alerts: [Alert]
    public var capacity: Capacity?
    public var dependencies: [Dependency]
    public var rollout: Rollout?
    public var oncall: Oncall?
    public var risks: [AcceptedRisk]
    /// Where each top-level front-matter key is, for findings about a whole field.
    public var fieldLocations: FieldLocations
    /// The Markdown after the front matter.
    public var body: String
    /// Lines before the body in the file.
    public var bodyLineOffset: Int

    /// The place of a top-level key, or the start of the front matter when the key is absent.
    public func location(of key: String) -> SourceLocation {
        fieldLocations[key] ?? SourceLocation(file: file, line: 1, column: 1)
    }

    init(
        file: String, service: String, title: String, tier: Tier, owner: String?, reviewMode: ReviewMode?,
        status: ReviewStatus, reviewDate: Day?, launchDate: Day?, reviewers: [Reviewer], signoffs: [Signoff],
        slos: [ServiceLevelObjective], alerts: [Alert], capacity: Capacity?, dependencies: [Dependency],
        rollout: Rollout?, oncall: Oncall?, risks: [AcceptedRisk], fieldLocations: FieldLocations,
        body: String, bodyLineOffset: Int
    ) {
        self.file = file
        identity = ServiceIdentity(service)
        self.title = title
        self.tier = tier
        self.owner = owner
        self.reviewMode = reviewMode
        self.status = status
        self.reviewDate = reviewDate
        self.launchDate = launchDate
        self.reviewers = reviewers
        self.signoffs = signoffs
        self.slos = slos
        self.alerts = alerts
        self.capacity = capacity
        self.dependencies = dependencies
        self.rollout = rollout
        self.oncall = oncall
        self.risks = risks
        self.fieldLocations = fieldLocations
        self.body = body
        self.bodyLineOffset = bodyLineOffset
    }

    /// `service` without kind and namespace: `component:default/payments-api` is `payments-api`.
    static func shortName(of service: String) -> String {
        var name = Substring(service)
        if let colon = name.firstIndex(of: ":") { name = name[name.index(after: colon)...] }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        return String(name)
    }
}
