import Foundation
/// Applies one policy file to a policy, reporting through its reader.
struct PolicyMerge {
    let reader: YAMLReader
    var policy: Policy

    // MARK: Thresholds

    static let thresholdKeys = ["headroom_factor", "retrospective_due_days", "risk_expiry_warning_days", "staleness_days"]

    mutating func applyThresholds(_ node: YAMLNode) {
        guard let map = reader.mapping(node, "thresholds", keys: Self.thresholdKeys) else { return }
        for entry in map.entries {
            switch entry.key {
            case "headroom_factor":
                guard let value = reader.double(entry.value, "headroom_factor") else { continue }
                guard value >= 1 else {
                    reader.report(.error, "policy-threshold",
                                  "headroom_factor is \(value); tested capacity below the expected peak is no headroom",
                                  at: entry.value, hint: "Use 1 or more; 2 means twice the expected peak.")
                    continue
                }
                policy.thresholds.headroomFactor = value
            case "retrospective_due_days":
                if let days = days(entry.value, "retrospective_due_days") { policy.thresholds.retrospectiveDueDays = days }
            case "risk_expiry_warning_days":
                if let days = days(entry.value, "risk_expiry_warning_days") { policy.thresholds.riskExpiryWarningDays = days }
            case "staleness_days":
                guard let perTier = reader.mapping(entry.value, "staleness_days", keys: nil) else { continue }
                for tierEntry in perTier.entries {
                    guard let tier = tier(key: tierEntry, field: "staleness_days") else { continue }
                    if let days = days(tierEntry.value, "staleness_days for tier \(tier.rawValue)") {
                        policy.thresholds.stalenessDays[tier] = days
                    }
                }
            default:
                continue
            }
        }
    }

    /// A number of days: whole and not negative.
    func days(_ node: YAMLNode, _ field: String) -> Int? {
        guard let value = reader.int(node, field) else { return nil }
        guard value >= 0 else {
            reader.report(.error, "policy-threshold", "\(field) is \(value); a number of days cannot be negative",
                          at: node, hint: "Use 0 or more days.")
            return nil
        }
        return value
    }

    // MARK: Tiers

    static let tierKeys = [
        "description", "min_reviewers", "required_reviewer_roles", "independent_reviewers",
        "required_signoff_roles", "review_modes", "self_attestation",
    ]

    mutating func applyTiers(_ node: YAMLNode) {
        guard let map = reader.mapping(node, "tiers", keys: nil) else { return }
        for entry in map.entries {
            guard let tier = tier(key: entry, field: "tiers") else { continue }
            let field = "tier \(tier.rawValue)"
            guard let fields = reader.mapping(entry.value, field, keys: Self.tierKeys) else { continue }
            var rules = policy.tier(tier)
            for item in fields.entries {
                let name = "\(field) \(item.key)"
                switch item.key {
                case "description":
                    if let text = reader.string(item.value, name) { rules.description = text }
                case "min_reviewers":
                    if let count = count(item.value, name) { rules.minReviewers = count }
                case "independent_reviewers":
                    if let count = count(item.value, name) { rules.independentReviewers = count }
                case "required_reviewer_roles":
                    if let roles = strings(item.value, name) { rules.requiredReviewerRoles = roles }
                case "required_signoff_roles":
                    if let roles = strings(item.value, name) { rules.requiredSignoffRoles = roles }
                case "review_modes":
                    guard let list = reader.sequence(item.value, name) else { continue }
                    let modes = list.compactMap { reader.choice($0, name, as: ReviewMode.self) }
                    guard modes.count == list.count else { continue }
                    guard !modes.isEmpty else {
                        reader.report(.error, "policy-tier", "\(name) is empty, so no review of tier \(tier.rawValue) could pass",
                                      at: item.value, hint: "Name at least one of self-service, peer, sre-led, hybrid.")
                        continue
                    }
                    rules.allowedReviewModes = modes
                case "self_attestation":
                    if let flag = reader.bool(item.value, name) { rules.selfAttestation = flag }
                default:
                    continue
                }
            }
            if rules.independentReviewers > rules.minReviewers {
                reader.report(.error, "policy-tier",
                              "\(field) asks for \(rules.independentReviewers) independent reviewers but only \(rules.minReviewers) reviewers in all",
                              at: entry.value, hint: "Raise min_reviewers or lower independent_reviewers.")
                rules.minReviewers = rules.independentReviewers
            }
            policy.tiers[tier] = rules
        }
    }

    func count(_ node: YAMLNode, _ field: String) -> Int? {
        guard let value = reader.int(node, field) else { return nil }
        guard value >= 0 else {
            reader.report(.error, "policy-tier", "\(field) is \(value); a number of reviewers cannot be negative",
                          at: node, hint: "Use 0 or more.")
            return nil
        }
        return value
    }

    // MARK: Shared readers

    /// The tier a mapping key names (`1`, `2` or `3`); anything else is an error.
    func tier(key entry: YAMLMapping.Entry, field: String) -> Tier? {
        if let number = Int(entry.key.trimmingCharacters(in: .whitespaces)), let tier = Tier(rawValue: number) {
            return tier
        }
        reader.report(.error, "policy-unknown-tier", "\(field) names tier `\(entry.key)`; the tiers are 1, 2 and 3",
                      at: entry.keyNode, hint: "Use 1 (critical), 2 (important) or 3 (low risk).")
        return nil
    }

    /// A list of tiers such as `[1, 2]`; nil (after reporting) if any entry is not a tier.
    func tiers(_ node: YAMLNode, _ field: String) -> Set<Tier>? {
        guard let list = reader.sequence(node, field) else { return nil }
        var tiers: Set<Tier> = []
        var valid = true
        for element in list {
            guard let number = reader.int(element, field) else { valid = false; continue }
            guard let tier = Tier(rawValue: number) else {
                reader.report(.error, "policy-unknown-tier", "\(field) names tier \(number); the tiers are 1, 2 and 3",
                              at: element, hint: "Use 1 (critical), 2 (important) or 3 (low risk).")
                valid = false
                continue
            }
            tiers.insert(tier)
        }
        return valid ? tiers : nil
    }

    /// A list of non-empty texts; nil (after reporting) if any entry is not text.
    func strings(_ node: YAMLNode, _ field: String) -> [String]? {
        guard let list = reader.sequence(node, field) else { return nil }
        let texts = list.compactMap { element -> String? in
            guard case .scalar = element else { return reader.string(element, field) }
            let trimmed = (reader.string(element, field) ?? "").trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else {
                reader.report(.error, "policy-empty", "\(field) has an empty entry", at: element,
                              hint: "Remove the empty entry or write the text.")
                return nil
            }
            return trimmed
        }
        return texts.count == list.count ? texts : nil
    }
}
