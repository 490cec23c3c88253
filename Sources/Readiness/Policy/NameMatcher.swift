/// Finds an entry by a name typed by a person: a heading, a checklist line.
///
/// Names are compared in a normalised form (see `normalise`), so case,
/// punctuation and spacing do not matter. Text matches an entry when its
/// normalised form equals a key, or starts with a key followed by more words
/// (evidence after the title: "Runbook — https://…"); the longest such key
/// wins. All keys are precomputed into a dictionary, so a lookup costs a few
/// hash lookups, not a scan of every title.
struct NameMatcher: Sendable {
    private var positions: [String: Int] = [:]
    private var longestKey = 0

    init() {}

    /// Registers `name` for the entry at `position`. The first entry to claim
    /// a name keeps it, so ids and titles win over later aliases.
    mutating func add(_ name: String, at position: Int) {
        let key = Self.normalise(name)
        guard !key.isEmpty, positions[key] == nil else { return }
        positions[key] = position
        longestKey = max(longestKey, key.split(separator: " ").count)
    }

    /// The position of the entry `text` names, if any.
    func match(_ text: String) -> Int? {
        let key = Self.normalise(text)
        if let exact = positions[key] { return exact }
        let words = key.split(separator: " ")
        var count = min(longestKey, words.count - 1)
        while count > 0 {
            if let position = positions[words[0..<count].joined(separator: " ")] { return position }
            count -= 1
        }
        return nil
    }

    /// Lowercases, reads `&` as "and", turns every run of characters that are
    /// not letters or digits into one space, and trims the ends:
    /// "Latency dashboards (p50, p99)" becomes "latency dashboards p50 p99".
    static func normalise(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text.lowercased() {
            if character == "&" {
                if !out.isEmpty { out.append(" ") }
                out.append("and")
                pendingSpace = true
            } else if character.isLetter || character.isNumber {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(character)
            } else {
                pendingSpace = true
            }
        }
        return out
    }
}
