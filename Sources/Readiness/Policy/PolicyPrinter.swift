/// Writes a policy as a complete `policy.yaml` in the format `PolicyLoader`
/// reads (for `prr policy`: "what does my site actually enforce?").
///
/// Every threshold, tier, category and item is written out, with built-in
/// categories and items the policy no longer has listed under
/// `remove_categories` and `remove_items`, so loading the output gives back an
/// equal policy. Output is deterministic: tiers by number, categories and
/// items in checklist order, tier lists sorted. Free text is always double
/// quoted, since titles contain `:`, `#`, `,` and brackets.
public enum PolicyPrinter {
    /// The policy as YAML text ending in a newline.
    public static func yaml(_ policy: Policy) -> String {
        var out = [
            "# The effective prr policy: the built-in default with Content/policy.yaml applied.",
            "# Saved as Content/policy.yaml it reproduces this policy exactly; edit what you need.",
            "# required: tiers whose reviews must check the item (or mark it n/a with a reason).",
            "# evidence: tiers whose reviews must link evidence when they check it.",
        ]
        out += thresholds(policy.thresholds)
        out += tiers(policy)
        out += categories(policy.categories)
        out += removals(policy)
        return out.joined(separator: "\n") + "\n"
    }

    static func thresholds(_ thresholds: PolicyThresholds) -> [String] {
        let staleness = Tier.allCases.map { "\($0.rawValue): \(thresholds.stalenessDays(for: $0))" }
        return [
            "thresholds:",
            "  headroom_factor: \(thresholds.headroomFactor)",
            "  retrospective_due_days: \(thresholds.retrospectiveDueDays)",
            "  risk_expiry_warning_days: \(thresholds.riskExpiryWarningDays)",
            "  staleness_days: {\(staleness.joined(separator: ", "))}",
        ]
    }

    static func tiers(_ policy: Policy) -> [String] {
        var out = ["tiers:"]
        for tier in Tier.allCases {
            let rules = policy.tier(tier)
            out += [
                "  \(tier.rawValue):",
                "    description: \(YAMLText.quoted(rules.description))",
                "    min_reviewers: \(rules.minReviewers)",
                "    required_reviewer_roles: \(list(rules.requiredReviewerRoles.map(YAMLText.quoted)))",
                "    independent_reviewers: \(rules.independentReviewers)",
                "    required_signoff_roles: \(list(rules.requiredSignoffRoles.map(YAMLText.quoted)))",
                "    review_modes: \(list(rules.allowedReviewModes.map(\.rawValue)))",
                "    self_attestation: \(rules.selfAttestation)",
            ]
        }
        return out
    }

    static func categories(_ categories: [PolicyCategory]) -> [String] {
        guard !categories.isEmpty else { return ["categories: []"] }
        var out = ["categories:"]
        for category in categories {
            out += [
                "  - id: \(identifier(category.id))",
                "    title: \(YAMLText.quoted(category.title))",
                "    aliases: \(list(category.aliases.map(YAMLText.quoted)))",
            ]
            guard !category.items.isEmpty else {
                out.append("    items: []")
                continue
            }
            out.append("    items:")
            for item in category.items {
                out += [
                    "      - id: \(identifier(item.id))",
                    "        title: \(YAMLText.quoted(item.title))",
                    "        aliases: \(list(item.aliases.map(YAMLText.quoted)))",
                    "        required: \(tierList(item.requiredFor))",
                    "        evidence: \(tierList(item.evidenceRequiredFor))",
                    "        help: \(YAMLText.quoted(item.help))",
                ]
            }
        }
        return out
    }

    /// Built-in categories and items missing from `policy`, so that loading
    /// the output (which starts from the default again) drops them too.
    static func removals(_ policy: Policy) -> [String] {
        var removedCategories: [String] = []
        var removedItems: [String] = []
        for builtIn in Policy.default.categories {
            guard let category = policy.category(id: builtIn.id) else {
                removedCategories.append(builtIn.id)
                continue
            }
            for item in builtIn.items where category.item(id: item.id) == nil {
                removedItems.append(builtIn.fullID(of: item))
            }
        }
        var out: [String] = []
        if !removedItems.isEmpty { out.append("remove_items: \(list(removedItems.map(identifier)))") }
        if !removedCategories.isEmpty { out.append("remove_categories: \(list(removedCategories.map(identifier)))") }
        return out
    }

    // MARK: YAML text

    static func list(_ values: [String]) -> String { "[\(values.joined(separator: ", "))]" }

    static func tierList(_ tiers: Set<Tier>) -> String { list(tiers.sorted().map { String($0.rawValue) }) }

    /// An id written plain when YAML would read it back as the same text, quoted otherwise.
    static func identifier(_ id: String) -> String {
        let plain = id.unicodeScalars.first.map { ("a"..."z").contains($0) } == true
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "." }
            && !["null", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(id)
        return plain ? id : YAMLText.quoted(id)
    }

}
