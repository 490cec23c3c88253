/// One line of the readiness checklist, such as "Load testing performed".
public struct PolicyItem: Sendable, Hashable {
    /// Unique within its category; the full id is `category.item`
    /// (`capacity.load-testing`), used by risk acceptances and diagnostics.
    public var id: String
    /// The text a review's checklist line starts with.
    public var title: String
    /// Other names a checklist line may use for this item.
    public var aliases: [String]
    /// The tiers whose reviews must check this item (or mark it n/a with a reason).
    public var requiredFor: Set<Tier>
    /// The tiers whose reviews must link evidence when they check this item.
    public var evidenceRequiredFor: Set<Tier>
    /// One sentence saying what good looks like.
    public var help: String

    public init(
        id: String, title: String, aliases: [String] = [],
        requiredFor: Set<Tier> = [], evidenceRequiredFor: Set<Tier> = [], help: String = ""
    ) {
        self.id = id
        self.title = title
        self.aliases = aliases
        self.requiredFor = requiredFor
        self.evidenceRequiredFor = evidenceRequiredFor
        self.help = help
    }

    /// Whether reviews of `tier` must check this item.
    public func isRequired(for tier: Tier) -> Bool { requiredFor.contains(tier) }

    /// Whether reviews of `tier` must link evidence when they check this item.
    public func requiresEvidence(for tier: Tier) -> Bool { evidenceRequiredFor.contains(tier) }
}
