import Readiness

/// A value a layout can show. Page code builds these directly, with
/// literals (`LayoutValue+Literals.swift`) and `LayoutFacts`.
///
/// A typed enum instead of `Any` lets the renderer look names up and test
/// truthiness with a `switch`, and lets pages build their values without the
/// dynamic casts an `Any` dictionary needed: converting `[String: Any]` page
/// values was once a tenth of `prr build`'s CPU time.
/// Absent facts are absent keys (or dropped list elements), never a "nil"
/// case: `{{^fact}}` then shows, as it did with swift-mustache.
enum LayoutValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([LayoutValue])
    /// Named values; names are what layouts use.
    case map(LayoutMap)
    /// A document's rendered body: text like a string, but its bytes go
    /// from the body store straight into the page, never through a `String`.
    case body(RenderedBody)
}

extension LayoutValue {
    /// The value's child called `name`: only maps have children.
    @inline(__always)
    func child(_ name: LayoutName) -> LayoutValue? {
        if case .map(let entries) = self { return entries[name] }
        return nil
    }

    /// The text `{{value}}` shows (before escaping).
    ///
    /// Matches what swift-mustache printed, which was Swift's
    /// `String(describing:)`: `3`, `0.5`, `1e-05`, `true`, and for a list
    /// `["a", 1]`. A map prints its entries sorted by key, so the output is
    /// deterministic (swift-mustache printed them in hash order).
    var text: String {
        switch self {
        case .string(let string): return string
        case .int(let int): return String(int)
        case .double(let double): return String(describing: double)
        case .bool(let bool): return bool ? "true" : "false"
        case .body(let body): return body.html
        case .list, .map: return debugText
        }
    }

    /// How a value prints inside a printed list or map: strings quoted, as
    /// Swift's collection descriptions do.
    private var debugText: String {
        switch self {
        case .string(let string): return string.debugDescription
        case .body(let body): return body.html.debugDescription
        case .int, .double, .bool: return text
        case .list(let items): return "[" + items.map(\.debugText).joined(separator: ", ") + "]"
        case .map(let entries):
            guard !entries.isEmpty else { return "[:]" }
            let pairs = entries.names.map { key in
                key.debugDescription + ": " + (entries[key]?.debugText ?? "")
            }
            return "[" + pairs.joined(separator: ", ") + "]"
        }
    }
}
