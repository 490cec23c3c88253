/// Groups proposed template changes and asks whether the policy already has them.
///
/// Grouping: two proposals are the same when their normalised text is equal
/// (case, punctuation and spacing ignored, `&` read as "and"; the same
/// normalisation as checklist headings and items).
///
/// Policy match, conservative on purpose (a false "already covered" would
/// hide a real lesson):
/// 1. the policy's own item matching (`PolicyCategory.item(matching:)`, by
///    id, title or alias) on the whole text and on the text after the first
///    colon ("Add an item: Runbook"), kept only when the text names the item
///    exactly: the matcher also accepts extra words after a name, which in a
///    proposal usually narrow it to something new ("Rollback for schema
///    migrations" is not the rollback plan); else
/// 2. word overlap: every significant word of an item's title (stop words
///    dropped, at least three words left) appears in the proposal.
/// The first item in checklist order wins.
struct TemplateChangeMatcher: Sendable {
    /// Words too common to say anything about which item a proposal means.
    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "each", "every", "for", "from", "has", "have", "if",
        "in", "is", "it", "its", "of", "on", "or", "so", "that", "the", "their", "this", "to", "what", "when",
        "with", "your", "etc",
    ]
    /// Fewer significant title words than this are too weak for the overlap rule.
    static let minimumOverlapWords = 3

    let policy: Policy

    /// The full id of the policy item a proposal already asks for, if any.
    func policyItem(for text: String) -> String? {
        var candidates = [text]
        if let colon = text.firstIndex(of: ":") {
            candidates.append(String(text[text.index(after: colon)...]))
        }
        for candidate in candidates {
            for category in policy.categories {
                if let item = category.item(matching: candidate), Self.names(item).contains(Self.key(candidate)) {
                    return category.fullID(of: item)
                }
            }
        }
        // Each title's words are the policy's, made once: normalising every
        // title again for every proposal was most of the lessons' cost.
        let words = Set(Self.words(text))
        return policy.itemTitleWords.first {
            $0.words.count >= Self.minimumOverlapWords && $0.words.isSubset(of: words)
        }?.fullID
    }

    /// An item's id, title and aliases, normalised.
    static func names(_ item: PolicyItem) -> Set<String> {
        Set(([item.id, item.title] + item.aliases).map(key))
    }

    /// The grouping key of a proposal.
    static func key(_ text: String) -> String { NameMatcher.normalise(text) }

    /// The significant words of a text, normalised.
    static func words(_ text: String) -> [String] {
        NameMatcher.normalise(text).split(separator: " ").map(String.init).filter { !stopWords.contains($0) }
    }
}
