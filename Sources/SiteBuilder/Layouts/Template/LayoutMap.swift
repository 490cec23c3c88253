/// The named values of a layout map, looked up by name.
///
/// Kept as entries in the order given rather than hashed. A build makes
/// hundreds of thousands of small maps (every row, item and fact of every
/// page) and looks each name up a few times; hashing every name on the way in
/// and again on every lookup at every level of the context stack was a
/// twentieth of a build's instructions, where comparing a few short names
/// costs next to nothing. Maps of more than `indexedCount` entries also get a
/// dictionary from name to entry, so a large map is never searched name by name.
///
/// A name given twice keeps its last value; a nil value makes it absent.
/// Names match when their UTF-8 bytes are equal, as in most template
/// engines; `String`'s equality would also match differently normalised
/// spellings, which no layout name needs.
struct LayoutMap: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// One name and its value; nil makes the name absent (`LayoutFacts`
    /// setting a fact to nil after giving it one).
    struct Entry: Sendable {
        let name: String
        let value: LayoutValue?
        /// The name's UTF-8 length, read once: a lookup compares it with
        /// every entry's before anything else.
        let count: Int

        init(name: String, value: LayoutValue?) {
            self.name = name
            self.value = value
            count = name.utf8.count
        }
    }

    /// Past this many entries, lookups go through an index.
    static let indexedCount = 32

    private let entries: [Entry]
    /// The last entry of each name, for maps of more than `indexedCount` entries.
    private let index: [String: Int]?

    init(_ entries: [Entry]) {
        self.entries = entries
        guard entries.count > Self.indexedCount else {
            index = nil
            return
        }
        var index = [String: Int](minimumCapacity: entries.count)
        for (position, entry) in entries.enumerated() { index[entry.name] = position }
        self.index = index
    }

    /// A dictionary's entries, in name order so that nothing depends on hash order.
    init(_ dictionary: [String: LayoutValue]) {
        self.init(dictionary.keys.sorted().map { Entry(name: $0, value: dictionary[$0]) })
    }

    init(dictionaryLiteral elements: (String, LayoutValue)...) {
        self.init(elements.map { Entry(name: $0.0, value: $0.1) })
    }

    /// The value of `name`, or nil when the map does not have it.
    subscript(name: String) -> LayoutValue? {
        self[LayoutName(name)]
    }

    /// The value of `name`, or nil when the map does not have it.
    subscript(name: LayoutName) -> LayoutValue? {
        // The index merges names `String` calls equal; one that is not the
        // same bytes is looked for entry by entry.
        if let index, let position = index[name.string], Self.same(entries[position], name) {
            return entries[position].value
        }
        // From the end, so the last entry of a name wins; through the
        // buffer, as this loop is most of every name a template looks up.
        return entries.withUnsafeBufferPointer { entries in
            var position = entries.count
            while position > 0 {
                position -= 1
                if Self.same(entries[position], name) { return entries[position].value }
            }
            return nil
        }
    }

    /// Whether `candidate` is the same bytes as `name`. Lengths first: that
    /// settles nearly every pair of different names without comparing them.
    /// `==` then differs from byte equality only for differently normalised
    /// spellings, and no string of other bytes is canonically equivalent to
    /// an ASCII one of the same length (the few scalars that decompose to
    /// ASCII, such as the Kelvin sign, are longer than what they decompose
    /// to), so only a non-ASCII match needs its bytes compared.
    @inline(__always)
    private static func same(_ candidate: Entry, _ name: LayoutName) -> Bool {
        candidate.count == name.count && candidate.name == name.string
            && (name.isASCII || candidate.name.utf8.elementsEqual(name.string.utf8))
    }

    /// The entries that count: the last of each name, without absent ones,
    /// sorted by name.
    private var live: [(name: String, value: LayoutValue)] {
        var last: [[UInt8]: Int] = [:]
        for (position, entry) in entries.enumerated() { last[Array(entry.name.utf8)] = position }
        return last.values.compactMap { position in
            entries[position].value.map { (entries[position].name, $0) }
        }.sorted {
            // Bytes break the tie between differently normalised spellings.
            $0.name < $1.name || ($0.name == $1.name && $0.name.utf8.lexicographicallyPrecedes($1.name.utf8))
        }
    }

    /// The names the map has, each once, sorted.
    var names: [String] { live.map(\.name) }

    /// How many names the map has.
    var count: Int { live.count }

    var isEmpty: Bool { live.isEmpty }

    /// Maps are equal when they have the same names with equal values, in any order.
    static func == (left: LayoutMap, right: LayoutMap) -> Bool {
        let (left, right) = (left.live, right.live)
        return left.count == right.count && zip(left, right).allSatisfy {
            $0.name.utf8.elementsEqual($1.name.utf8) && $0.value == $1.value
        }
    }
}
