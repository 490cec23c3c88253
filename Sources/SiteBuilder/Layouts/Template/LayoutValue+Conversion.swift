extension LayoutValue {
    /// Converts a page value built as `Any` (dictionary literals, arrays,
    /// scalars, optionals) into a layout value.
    ///
    /// Optionals are unwrapped: `nil` answers `nil`, so a nil dictionary
    /// value becomes an absent key and a nil list element is dropped. Types
    /// a layout can only print (dates, URLs, other integer widths…) become
    /// their `String(describing:)` text, which is what swift-mustache showed.
    init?(_ any: Any) {
        if let value = Self.exactType(any) {
            self = value
            return
        }
        switch any {
        case let string as String: self = .string(string)
        case let int as Int: self = .int(int)
        case let bool as Bool: self = .bool(bool)
        case let double as Double: self = .double(double)
        case let value as LayoutValue: self = value
        case let optional as AnyOptionalValue:
            guard let wrapped = optional.wrappedAny, let value = LayoutValue(wrapped) else { return nil }
            self = value
        case let dictionary as [String: Any]:
            self = Self.map(dictionary)
        case let array as [Any]:
            self = .list(array.compactMap { LayoutValue($0) })
        case let substring as Substring: self = .string(String(substring))
        case let integer as any BinaryInteger:
            if let int = Int(exactly: integer) {
                self = .int(int)
            } else {
                self = .string(String(describing: integer))
            }
        default:
            self = .string(String(describing: any))
        }
    }

    /// The value types pages build most, recognised by their exact type.
    ///
    /// A cast to the type a value already has is cheap; the general path
    /// below tries casts that fail (to a protocol, to `[Any]`, which copies
    /// an array element by element), and profiling put that walk at a tenth
    /// of a build. Anything else — optionals, other integer types, `Any`
    /// wrapping an optional — takes the general path.
    private static func exactType(_ any: Any) -> LayoutValue? {
        let type = ObjectIdentifier(Swift.type(of: any))
        if type == ObjectIdentifier(String.self) { return (any as? String).map(LayoutValue.string) }
        if type == ObjectIdentifier(Int.self) { return (any as? Int).map(LayoutValue.int) }
        if type == ObjectIdentifier(Bool.self) { return (any as? Bool).map(LayoutValue.bool) }
        if type == ObjectIdentifier([String: Any].self), let dictionary = any as? [String: Any] {
            return map(dictionary)
        }
        if type == ObjectIdentifier([[String: Any]].self), let list = any as? [[String: Any]] {
            return .list(list.map(map))
        }
        if type == ObjectIdentifier([Any].self), let list = any as? [Any] {
            return .list(list.compactMap { LayoutValue($0) })
        }
        if type == ObjectIdentifier([String].self), let list = any as? [String] {
            return .list(list.map(LayoutValue.string))
        }
        if type == ObjectIdentifier(LayoutValue.self) { return any as? LayoutValue }
        return nil
    }

    /// A page dictionary: nil values become absent keys.
    private static func map(_ dictionary: [String: Any]) -> LayoutValue {
        var entries: [String: LayoutValue] = [:]
        entries.reserveCapacity(dictionary.count)
        for (key, element) in dictionary {
            if let value = LayoutValue(element) { entries[key] = value }
        }
        return .map(entries)
    }
}

/// Lets `LayoutValue.init` see through an `Optional` of any wrapped type.
private protocol AnyOptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: AnyOptionalValue {
    fileprivate var wrappedAny: Any? {
        switch self {
        case .some(let value): return value
        case .none: return nil
        }
    }
}
