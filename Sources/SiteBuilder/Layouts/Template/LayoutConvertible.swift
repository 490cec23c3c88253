import Readiness

/// A Swift value page code can put in a layout map or list as it is.
///
/// Page code writes facts in literals (`["title": review.title, "owner":
/// review.owner]`); each value converts itself once, through this protocol,
/// with no dynamic casts. Optionals convert to nil, which the literal takes
/// to mean "absent": the key is left out, or the list element dropped, so
/// `{{^fact}}` shows for a fact the page does not have.
///
/// Only the types a layout prints conform. Anything else (a `Day`, an enum)
/// must be turned into text at the call site, so how it prints is explicit.
protocol LayoutConvertible {
    /// The layout value, or nil for an absent fact.
    var layoutValue: LayoutValue? { get }
}

extension LayoutValue: LayoutConvertible {
    var layoutValue: LayoutValue? { self }
}

extension String: LayoutConvertible {
    var layoutValue: LayoutValue? { .string(self) }
}

extension RenderedBody: LayoutConvertible {
    var layoutValue: LayoutValue? { .body(self) }
}

extension Int: LayoutConvertible {
    var layoutValue: LayoutValue? { .int(self) }
}

/// Prints as Swift prints a `Double` (`2.0`, `0.5`), unlike an `Int`.
extension Double: LayoutConvertible {
    var layoutValue: LayoutValue? { .double(self) }
}

extension Bool: LayoutConvertible {
    var layoutValue: LayoutValue? { .bool(self) }
}

/// nil is an absent fact.
extension Optional: LayoutConvertible where Wrapped: LayoutConvertible {
    var layoutValue: LayoutValue? { self?.layoutValue }
}

// Closures rather than key paths below: a key path in a generic context is
// instantiated at run time on every call, which profiling put at 4% of a
// large build.

/// A list; nil elements are dropped.
extension Array: LayoutConvertible where Element: LayoutConvertible {
    var layoutValue: LayoutValue? {
        // Lists pages build are mostly of layout values already: no copy.
        // A bit cast, as the types are the same: `as?` casts an array
        // element by element (most of a percent of a build).
        if Element.self == LayoutValue.self { return .list(unsafeBitCast(self, to: [LayoutValue].self)) }
        return .list(compactMap { $0.layoutValue })
    }
}

/// A map; keys whose value is nil are left out.
extension Dictionary: LayoutConvertible where Key == String, Value: LayoutConvertible {
    var layoutValue: LayoutValue? {
        if Value.self == LayoutValue.self { return .map(LayoutMap(unsafeBitCast(self, to: [String: LayoutValue].self))) }
        return .map(LayoutMap(compactMapValues { $0.layoutValue }))
    }
}
