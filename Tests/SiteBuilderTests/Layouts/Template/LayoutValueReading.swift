@testable import SiteBuilder

/// Reading layout values back in tests: pages build them, tests check them.
extension LayoutValue {
    subscript(name: String) -> LayoutValue? { child(LayoutName(name)) }

    var asString: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    var asInt: Int? {
        if case .int(let int) = self { return int }
        return nil
    }

    var asList: [LayoutValue]? {
        if case .list(let items) = self { return items }
        return nil
    }
}
