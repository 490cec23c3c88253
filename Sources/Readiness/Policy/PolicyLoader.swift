import Foundation
/// Reads `Content/policy.yaml`, an optional file that overrides parts of the
/// built-in policy (`Policy.default`).
///
/// ```yaml
/// thresholds:
///   headroom_factor: 2.5          # load-tested / expected peak, at least 1 (default 2)
///   retrospective_due_days: 30    # days after launch a retrospective is due
///   risk_expiry_warning_days: 30  # warn this many days before a risk acceptance expires
///   staleness_days: {1: 180, 2: 270, 3: 365}   # review age that counts as stale, per tier
/// tiers:                          # only the tiers and fields you name change
///   1:
///     description: "Full PRR with security review"
///     min_reviewers: 3
///     required_reviewer_roles: [sre, security]
///     independent_reviewers: 1    # reviewers outside the owning team
///     required_signoff_roles: [vp]
///     review_modes: [sre-led, hybrid]   # self-service | peer | sre-led | hybrid
///     self_attestation: false
/// categories:
///   - id: capacity                # an existing category: change only what you name
///     items:
///       - id: cost-projection     # an existing item: change only what you name
///         required: [1]           # tiers that require it ([] for none)
///         evidence: [1]           # tiers that need an evidence link when it is checked
///       - id: chaos-testing       # a new item, appended to the category
///         title: Chaos experiment run         # required for a new item
///         aliases: [Chaos testing]            # other names a checklist line may use
///         required: [1, 2]        # omitted: no tier requires it
///         help: A chaos experiment killed a dependency and the service degraded as documented.
///   - id: data                    # a new category, appended after the built-in ones
///     title: Data management      # required for a new category
///     items: [{id: backups, title: Backups restored in a drill, required: [1, 2, 3]}]
/// remove_items: [documentation.customer-docs]   # drop built-in items entirely
/// remove_categories: [rollout]                  # drop whole categories
/// ```
///
/// Lists given for an existing entry (`aliases`, `required`, roles, modes)
/// replace the built-in list. Ids are lowercase letters, digits, `-` and `_`.
/// Unknown keys are warnings with a suggestion; unknown tiers, a new item or
/// category without a title, duplicate ids, unknown ids to remove and bad
/// thresholds are errors at their line and column. Every part of the file
/// that is valid still applies, so a file with errors still gives a usable
/// policy. `prr policy` (`PolicyPrinter`) prints the effective policy in this
/// same format.
public enum PolicyLoader {
    static let topLevelKeys = ["thresholds", "tiers", "categories", "remove_items", "remove_categories"]

    /// The built-in policy with `text` (the contents of `file`) applied on top,
    /// and every problem found in it.
    public static func load(_ text: String, file: String) -> (Policy, [Diagnostic]) {
        let root: YAMLNode
        switch YAMLDocuments.compose(text, file: file) {
        case .failure(let diagnostic): return (.default, [diagnostic])
        case .success(nil): return (.default, [])
        case .success(let node?): root = node
        }
        let reader = YAMLReader(file: file)
        if reader.isNull(root) { return (.default, []) }
        var merge = PolicyMerge(reader: reader, policy: .default)
        if let top = reader.mapping(root, "the policy", keys: topLevelKeys) {
            // A fixed order, whatever order the file uses: removals see added items.
            if let node = top["thresholds"] { merge.applyThresholds(node) }
            if let node = top["tiers"] { merge.applyTiers(node) }
            if let node = top["categories"] { merge.applyCategories(node) }
            if let node = top["remove_items"] { merge.removeItems(node) }
            if let node = top["remove_categories"] { merge.removeCategories(node) }
        }
        return (merge.policy, reader.diagnostics.sorted())
    }

    /// Loads the policy file at `url`. A nil URL or a file that does not exist
    /// gives the built-in policy; an unreadable file gives it with an error.
    /// `path` is how diagnostics name the file.
    public static func load(contentsOf url: URL?, path: String) -> (Policy, [Diagnostic]) {
        guard let url, FileManager.default.fileExists(atPath: url.path) else { return (.default, []) }
        switch SourceText.read(url, path: path) {
        case .failure(let diagnostic): return (.default, [diagnostic])
        case .success(let source): return load(source.text, file: path)
        }
    }
}
