/// Prepares page values for Mustache.
///
/// Pages build their values as `[String: Any]` literals in which absent facts
/// are `nil` optionals. Mustache would print such a value as "nil" and treat
/// it as true, so optionals are unwrapped and nils removed before rendering:
/// a missing fact is then simply absent, and `{{^fact}}` sections show.
enum LayoutValues {
    static func normalise(_ value: Any) -> Any? {
        // Most values are plain scalars: answer them before the costlier casts.
        if value is String || value is Int || value is Bool || value is Double { return value }
        if let optional = value as? AnyOptional {
            guard let wrapped = optional.wrappedValue else { return nil }
            return normalise(wrapped)
        }
        if let dictionary = value as? [String: Any] {
            var result: [String: Any] = [:]
            result.reserveCapacity(dictionary.count)
            for (key, value) in dictionary {
                if let value = normalise(value) { result[key] = value }
            }
            return result
        }
        if let array = value as? [Any] {
            return array.compactMap(normalise)
        }
        return value
    }
}

private protocol AnyOptional {
    var wrappedValue: Any? { get }
}

extension Optional: AnyOptional {
    fileprivate var wrappedValue: Any? {
        switch self {
        case .some(let value): return value
        case .none: return nil
        }
    }
}
