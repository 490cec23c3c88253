import Foundation
/// The checklist half of a policy file: `categories`, `remove_items` and
/// `remove_categories` (see `PolicyLoader` for the format).
extension PolicyMerge {
    static let categoryKeys = ["id", "title", "aliases", "items"]
    static let itemKeys = ["id", "title", "aliases", "required", "evidence", "help"]

    mutating func applyCategories(_ node: YAMLNode) {
        guard let list = reader.sequence(node, "categories") else { return }
        var seen: Set<String> = []
        for element in list {
            guard let map = reader.mapping(element, "a category", keys: Self.categoryKeys),
                let id = id(in: map, field: "category", seen: &seen)
            else { continue }
            let existing = policy.categories.firstIndex { $0.id == id }
            var category = existing.map { policy.categories[$0] } ?? PolicyCategory(id: id, title: "")
            if let node = map["title"], let title = text(node, "category `\(id)` title") { category.title = title }
            guard !category.title.isEmpty else {
                reader.report(.error, "policy-missing-title", "the new category `\(id)` has no title", at: element,
                              hint: "Add `title:` with the heading reviews use, or use the id of a built-in category.")
                continue
            }
            if let node = map["aliases"], let aliases = strings(node, "category `\(id)` aliases") { category.aliases = aliases }
            if let node = map["items"] { applyItems(node, to: &category) }
            if let existing {
                policy.categories[existing] = category
            } else {
                policy.categories.append(category)
            }
        }
    }

    mutating func applyItems(_ node: YAMLNode, to category: inout PolicyCategory) {
        guard let list = reader.sequence(node, "category `\(category.id)` items") else { return }
        var seen: Set<String> = []
        var items = category.items
        var written: [(id: String, node: YAMLNode)] = []
        for element in list {
            guard let map = reader.mapping(element, "an item of `\(category.id)`", keys: Self.itemKeys),
                let id = id(in: map, field: "item of `\(category.id)`", seen: &seen)
            else { continue }
            let fullID = "\(category.id).\(id)"
            let existing = items.firstIndex { $0.id == id }
            var item = existing.map { items[$0] } ?? PolicyItem(id: id, title: "")
            if let node = map["title"], let title = text(node, "`\(fullID)` title") { item.title = title }
            guard !item.title.isEmpty else {
                reader.report(.error, "policy-missing-title", "the new item `\(fullID)` has no title", at: element,
                              hint: "Add `title:` with the text checklist lines start with, or use the id of an existing item.")
                continue
            }
            if let node = map["aliases"], let aliases = strings(node, "`\(fullID)` aliases") { item.aliases = aliases }
            if let node = map["required"], let tiers = tiers(node, "`\(fullID)` required") { item.requiredFor = tiers }
            if let node = map["evidence"], let tiers = tiers(node, "`\(fullID)` evidence") { item.evidenceRequiredFor = tiers }
            if let node = map["help"], let help = reader.string(node, "`\(fullID)` help") {
                item.help = help.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if let existing {
                items[existing] = item
            } else {
                items.append(item)
            }
            written.append((id, element))
        }
        category.items = items
        reportSharedNames(in: category, written: written)
    }

    /// Warns when an item this file wrote shares a name with another item of
    /// its category: checklist lines with that name would go to only one of them.
    func reportSharedNames(in category: PolicyCategory, written: [(id: String, node: YAMLNode)]) {
        var owners: [String: String] = [:]
        for item in category.items {
            for name in [item.id, item.title] + item.aliases {
                let key = NameMatcher.normalise(name)
                if owners[key] == nil { owners[key] = item.id }
            }
        }
        for (id, node) in written {
            guard let item = category.item(id: id) else { continue }
            for name in [item.id, item.title] + item.aliases {
                guard let owner = owners[NameMatcher.normalise(name)], owner != id else { continue }
                reader.report(.warning, "policy-ambiguous-name",
                              "`\(category.id).\(id)` is also called \"\(name)\", a name of `\(category.id).\(owner)`",
                              at: node, hint: "Give each item its own title and aliases; checklist lines with this name go to `\(owner)`.")
                break
            }
        }
    }

    mutating func removeItems(_ node: YAMLNode) {
        guard let list = reader.sequence(node, "remove_items") else { return }
        for element in list {
            guard let fullID = reader.string(element, "remove_items") else { continue }
            guard policy.item(fullID: fullID) != nil,
                let dot = fullID.firstIndex(of: "."),
                let position = policy.categories.firstIndex(where: { $0.id == fullID[..<dot] })
            else {
                let suggestion = Suggestion.closest(to: fullID, in: policy.fullIDs)
                reader.report(.error, "policy-unknown-id", "remove_items names `\(fullID)`, which is not an item of the policy",
                              at: element, hint: suggestion.map { "Did you mean `\($0)`?" }
                                  ?? "Write items as category.item, for example documentation.customer-docs.")
                continue
            }
            let itemID = String(fullID[fullID.index(after: dot)...])
            policy.categories[position].items.removeAll { $0.id == itemID }
        }
    }

    mutating func removeCategories(_ node: YAMLNode) {
        guard let list = reader.sequence(node, "remove_categories") else { return }
        for element in list {
            guard let id = reader.string(element, "remove_categories") else { continue }
            guard policy.category(id: id) != nil else {
                let suggestion = Suggestion.closest(to: id, in: policy.categories.map(\.id))
                reader.report(.error, "policy-unknown-id", "remove_categories names `\(id)`, which is not a category of the policy",
                              at: element, hint: suggestion.map { "Did you mean `\($0)`?" } ?? "Use a category id such as rollout.")
                continue
            }
            policy.categories.removeAll { $0.id == id }
        }
    }

    // MARK: Helpers

    /// The `id` of a category or item: present, well-formed and not repeated in this list.
    func id(in map: YAMLMapping, field: String, seen: inout Set<String>) -> String? {
        guard let node = map["id"] else {
            reader.report(.error, "policy-missing-id", "a \(field) has no `id`", at: map.node,
                          hint: "Add `id:` with a short lowercase name such as load-testing.")
            return nil
        }
        guard let id = reader.string(node, "\(field) id") else { return nil }
        guard Self.isWellFormed(id) else {
            reader.report(.error, "policy-bad-id", "`\(id)` is not a usable \(field) id", at: node,
                          hint: "Use lowercase letters, digits, `-` and `_` only, for example chaos-testing.")
            return nil
        }
        guard seen.insert(id).inserted else {
            reader.report(.error, "policy-duplicate-id", "the \(field) id `\(id)` appears more than once in this list", at: node,
                          hint: "Merge the two entries into one.")
            return nil
        }
        return id
    }

    /// Non-empty text, trimmed; empty text is an error.
    func text(_ node: YAMLNode, _ field: String) -> String? {
        guard let text = reader.string(node, field) else {
            if reader.isNull(node) {
                reader.report(.error, "policy-empty", "\(field) is empty", at: node, hint: "Write the text.")
            }
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            reader.report(.error, "policy-empty", "\(field) is empty", at: node, hint: "Write the text.")
            return nil
        }
        return trimmed
    }

    static func isWellFormed(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }
}
