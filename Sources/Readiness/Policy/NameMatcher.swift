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
    /// What `match` answers for each registered name, spelled exactly as
    /// registered. Checklist lines copy the template's titles, so most
    /// lookups end here, without normalising the text (which was 2% of a
    /// build: every checklist line of every review).
    private var registered: [String: Registered] = [:]

    private struct Registered: Sendable {
        /// The name byte for byte: a `String` key also finds canonically
        /// equivalent spellings, which `normalise` may read differently.
        let name: String
        let position: Int?
    }

    init() {}

    /// A matcher for `names`, registered in order: the first entry to claim
    /// a name keeps it, so ids and titles go before aliases.
    init(_ names: [(name: String, position: Int)]) {
        for (name, position) in names { add(name, at: position) }
        for (name, _) in names where registered[name] == nil {
            registered[name] = Registered(name: name, position: normalisedMatch(name))
        }
    }

    /// A matcher for entries known by an id, a title and aliases, and the
    /// position of each id's first entry. Ids and titles are registered
    /// first, so an alias can never take another entry's own name.
    static func index(ids: [String], titles: [String], aliases: [[String]]) -> (NameMatcher, positionsByID: [String: Int]) {
        var names: [(name: String, position: Int)] = []
        var positionsByID: [String: Int] = [:]
        for (position, (id, title)) in zip(ids, titles).enumerated() {
            if positionsByID[id] == nil { positionsByID[id] = position }
            names.append((id, position))
            names.append((title, position))
        }
        for (position, entryAliases) in aliases.enumerated() {
            for alias in entryAliases { names.append((alias, position)) }
        }
        return (NameMatcher(names), positionsByID)
    }

    private mutating func add(_ name: String, at position: Int) {
        let key = Self.normalise(name)
        guard !key.isEmpty, positions[key] == nil else { return }
        positions[key] = position
        longestKey = max(longestKey, key.split(separator: " ").count)
    }

    /// The position of the entry `text` names, if any.
    func match(_ text: String) -> Int? {
        if let known = registered[text], known.name.hasSameUTF8(as: text) { return known.position }
        return normalisedMatch(text)
    }

    /// `match` without the registered names: the text normalised and looked up.
    func normalisedMatch(_ text: String) -> Int? {
        // Words past the longest key cannot change the answer: normalise no further.
        let (key, truncated) = Self.normalise(text, wordLimit: longestKey)
        if !truncated, let exact = positions[key] { return exact }
        // Prefixes that end at a word boundary, longest first.
        var ends: [String.Index] = []
        var index = key.startIndex
        while index < key.endIndex {
            if key.utf8[index] == UInt8(ascii: " ") { ends.append(index) }
            index = key.utf8.index(after: index)
        }
        if truncated { ends.append(key.endIndex) }
        for end in ends.reversed() {
            if let position = positions[String(key[..<end])] { return position }
        }
        return nil
    }

    /// Lowercases, reads `&` as "and", turns every run of characters that are
    /// not letters or digits into one space, and trims the ends:
    /// "Latency dashboards (p50, p99)" becomes "latency dashboards p50 p99".
    static func normalise(_ text: String) -> String { normalise(text, wordLimit: Int.max).key }

    /// `normalise(_:)` that stops before word `wordLimit + 1`, saying whether
    /// it did. Works on Unicode scalars with an ASCII fast path: it runs for
    /// every checklist line of every review.
    static func normalise(_ text: String, wordLimit: Int) -> (key: String, truncated: Bool) {
        var out: [UInt8] = []
        var words = 0
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func startWord() {
            if out.isEmpty || pendingSpace { words += 1 }
            if pendingSpace, !out.isEmpty { out.append(UInt8(ascii: " ")) }
            pendingSpace = false
        }
        func append(_ scalar: Unicode.Scalar) {
            startWord()
            UTF8.encode(scalar) { out.append($0) }
        }
        for scalar in text.unicodeScalars {
            if words == wordLimit, pendingSpace, isWordScalar(scalar) {
                return (String(decoding: out, as: UTF8.self), true)
            }
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    startWord()
                    out.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    startWord()
                    out.append(byte + 0x20)
                case UInt8(ascii: "&"):
                    pendingSpace = true
                    startWord()
                    out.append(contentsOf: "and".utf8)
                    pendingSpace = true
                default:
                    pendingSpace = true
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower) }
            } else if isMark(scalar) {
                // A combining mark belongs to the letter before it.
                if !pendingSpace, !out.isEmpty { UTF8.encode(scalar) { out.append($0) } }
            } else {
                pendingSpace = true
            }
        }
        return (String(decoding: out, as: UTF8.self), false)
    }

    /// Whether `scalar` is a combining mark: a nonspacing, spacing or
    /// enclosing mark.
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether `scalar` starts or continues a word (the `&` that reads as "and" included).
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x61...0x7A, 0x41...0x5A, 0x30...0x39, 0x26: return true
        case ..<0x80: return false
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }
}
