extension LayoutValue {
    /// Converts a page value built as `Any` (dictionary literals, arrays,
    /// scalars, optionals) into a layout value.
    ///
    /// Optionals are unwrapped: `nil` answers `nil`, so a nil dictionary
    /// value becomes an absent key and a nil list element is dropped. Types
    /// a layout can only print (dates, URLs, other integer widths…) become
    /// their `String(describing:)` text, which is what swift-mustache showed.
    init?(_ any: Any) {
        // Most values are plain scalars: answer them before the costlier casts.
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
            var entries: [String: LayoutValue] = [:]
            entries.reserveCapacity(dictionary.count)
            for (key, element) in dictionary {
                if let value = LayoutValue(element) { entries[key] = value }
            }
            self = .map(entries)
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
