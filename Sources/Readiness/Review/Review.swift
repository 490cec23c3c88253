/// One production readiness review: the facts of its front matter and the
/// Markdown body with its checklist.
public struct Review: Sendable {
    /// The file's path as shown in diagnostics.
    public var file: String
    /// The catalog Component this review covers, as written (`payments-api` or `component:default/payments-api`).
    public var service: String
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
    public var fieldLocations: [String: SourceLocation]
    /// The Markdown after the front matter.
    public var body: String
    /// Lines before the body in the file.
    public var bodyLineOffset: Int

    /// The place of a top-level key, or the start of the front matter when the key is absent.
    public func location(of key: String) -> SourceLocation {
        fieldLocations[key] ?? SourceLocation(file: file, line: 1, column: 1)
    }

    /// The service name without kind and namespace, used for file names and URLs.
    public var serviceName: String {
        var name = Substring(service)
        if let colon = name.firstIndex(of: ":") { name = name[name.index(after: colon)...] }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        return String(name)
    }
}
