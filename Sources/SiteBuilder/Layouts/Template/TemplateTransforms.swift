import Foundation

/// swift-mustache's transforms (`{{lowercased(name)}}`, `{{^empty(list)}}`,
/// `{{#first()}}` …), with the results it gave.
///
/// An unknown transform, or one that does not apply to the kind of value,
/// answers nil: the tag renders nothing and a section counts as false.
enum TemplateTransforms {
    static func apply(_ name: String, to value: LayoutValue) -> LayoutValue? {
        switch value {
        case .string(let text): return string(name, text)
        case .body(let body): return string(name, body.html)
        case .int(let int): return integer(name, int)
        case .list(let items): return list(name, items)
        case .map(let entries): return map(name, entries)
        case .double, .bool: return nil
        }
    }

    /// Transforms of the list position, written without an argument inside
    /// a list section: `first()`, `last()`, `index()`, `even()`, `odd()`.
    static func apply(_ name: String, to position: SequencePosition) -> LayoutValue? {
        switch name {
        case "first": return .bool(position.index == 0)
        case "last": return .bool(position.isLast)
        case "index": return .int(position.index)
        case "even": return .bool(position.index & 1 == 0)
        case "odd": return .bool(position.index & 1 == 1)
        default: return nil
        }
    }

    private static func string(_ name: String, _ string: String) -> LayoutValue? {
        switch name {
        case "empty": return .bool(string.isEmpty)
        case "capitalized": return .string(string.capitalized)
        case "lowercased": return .string(string.lowercased())
        case "uppercased": return .string(string.uppercased())
        case "reversed": return .string(String(string.reversed()))
        default: return nil
        }
    }

    private static func integer(_ name: String, _ int: Int) -> LayoutValue? {
        switch name {
        case "equalzero": return .bool(int == 0)
        // swift-mustache trapped on overflow; prr renders nothing instead.
        case "plusone":
            let (sum, overflow) = int.addingReportingOverflow(1)
            return overflow ? nil : .int(sum)
        case "minusone":
            let (difference, overflow) = int.subtractingReportingOverflow(1)
            return overflow ? nil : .int(difference)
        case "even": return .bool(int & 1 == 0)
        case "odd": return .bool(int & 1 == 1)
        default: return nil
        }
    }

    private static func list(_ name: String, _ items: [LayoutValue]) -> LayoutValue? {
        switch name {
        case "first": return items.first
        case "last": return items.last
        case "reversed": return .list(items.reversed())
        case "count": return .int(items.count)
        case "empty": return .bool(items.isEmpty)
        case "sorted": return sorted(items)
        default: return nil
        }
    }

    /// `sorted` applies to lists of comparable elements: all strings, or
    /// all numbers.
    private static func sorted(_ items: [LayoutValue]) -> LayoutValue? {
        var strings: [String] = []
        var numbers: [(Double, LayoutValue)] = []
        for item in items {
            switch item {
            case .string(let string): strings.append(string)
            case .int(let int): numbers.append((Double(int), item))
            case .double(let double): numbers.append((double, item))
            default: return nil
            }
        }
        if numbers.isEmpty { return .list(strings.sorted().map(LayoutValue.string)) }
        if strings.isEmpty { return .list(numbers.sorted { $0.0 < $1.0 }.map(\.1)) }
        return nil
    }

    private static func map(_ name: String, _ entries: LayoutMap) -> LayoutValue? {
        switch name {
        case "count": return .int(entries.count)
        case "empty": return .bool(entries.isEmpty)
        // swift-mustache listed `enumerated` in hash order; prr sorts by
        // key so that pages are deterministic.
        case "enumerated", "sorted":
            return .list(entries.names.compactMap { key in
                entries[key].map { .map(["key": .string(key), "value": $0]) }
            })
        default: return nil
        }
    }
}

/// Where a list section is in its list, for the position transforms.
struct SequencePosition {
    let index: Int
    let isLast: Bool
}
