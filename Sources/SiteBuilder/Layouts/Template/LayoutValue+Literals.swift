/// Literals for layout values, so page code and tests write maps and lists
/// as they would write dictionaries and arrays.
///
/// A map or list literal takes any `LayoutConvertible` value, optionals
/// included: a nil value leaves its key out and a nil element is dropped
/// (the absent-fact rule of `LayoutValue`). A nested literal with values of
/// several types needs `as LayoutValue`, as it needed `as [String: Any]`.
extension LayoutValue: ExpressibleByStringLiteral {
    init(stringLiteral value: String) { self = .string(value) }
}

extension LayoutValue: ExpressibleByIntegerLiteral {
    init(integerLiteral value: Int) { self = .int(value) }
}

extension LayoutValue: ExpressibleByFloatLiteral {
    init(floatLiteral value: Double) { self = .double(value) }
}

extension LayoutValue: ExpressibleByBooleanLiteral {
    init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension LayoutValue: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: (any LayoutConvertible)?...) {
        self = .list(elements.compactMap { $0?.layoutValue })
    }
}

extension LayoutValue: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, (any LayoutConvertible)?)...) {
        self = LayoutFacts(elements).map()
    }
}
