/// Named facts on their way to a layout map, for page code that adds facts
/// one by one or decides later how absent ones show.
///
/// Written as a dictionary literal whose values may be nil; a nil fact is
/// one the page does not have. Facts are converted only when the map is
/// made (`layoutValue`, or `sealed(_:)` for a map whose absent facts are
/// `false`). A name set twice keeps its last value, as a dictionary would.
struct LayoutFacts: ExpressibleByDictionaryLiteral {
    /// In the order written; kept as pairs so no dictionary is built twice.
    private var facts: [(String, (any LayoutConvertible)?)]

    init(dictionaryLiteral facts: (String, (any LayoutConvertible)?)...) {
        self.init(facts)
    }

    /// Facts in a literal's order (what `LayoutValue`'s literal hands on).
    init(_ facts: [(String, (any LayoutConvertible)?)]) {
        self.facts = facts
    }

    /// The last value given for `name`; setting nil makes the fact absent.
    subscript(name: String) -> (any LayoutConvertible)? {
        get { facts.last { $0.0 == name }?.1 }
        set { facts.append((name, newValue)) }
    }

    /// Adds `other`'s facts after these: where both name a fact, `other`'s wins.
    mutating func add(_ other: LayoutFacts) {
        facts += other.facts
    }

    /// The facts as a layout map: each absent fact is `placeholder`, or left
    /// out without one.
    func map(placeholder: LayoutValue? = nil) -> LayoutValue {
        .map(LayoutMap(facts.map { name, fact in LayoutMap.Entry(name: name, value: fact?.layoutValue ?? placeholder) }))
    }
}

extension LayoutFacts: LayoutConvertible {
    /// A map without the absent facts.
    var layoutValue: LayoutValue? { map() }
}
