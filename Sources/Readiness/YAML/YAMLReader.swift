/// Reads YAML nodes into typed values, turning every problem into a
/// `Diagnostic` at the node's position in the original file.
///
/// prr does not use `Codable` for content: a decoding error there stops at the
/// first problem and loses the position. Walking the composed `YAMLNode` tree
/// keeps the line and column of every value and reports all problems at once.
/// One reader is used for one file on one thread.
///
/// Field names (`reviewers[2].date`) are taken as autoclosures: they only
/// appear in messages, and building one per value read, for every value of
/// every file, cost more than most of the reading.
public final class YAMLReader {
    public let file: String
    /// Lines in the file before the YAML text starts.
    public let lineOffset: Int
    public private(set) var diagnostics: [Diagnostic] = []
    /// Where the text of `string(_:_:)` is shared with other files, if anywhere.
    let strings: StringTable?

    public init(file: String, lineOffset: Int = 0, strings: StringTable? = nil) {
        self.file = file
        self.lineOffset = lineOffset
        self.strings = strings
    }

    // MARK: Positions and reporting

    public func location(_ node: YAMLNode) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// Where each key of `mapping` is (a front matter's top-level keys).
    func keyLocations(_ mapping: YAMLMapping) -> FieldLocations {
        var locations = FieldLocations(file: file)
        for entry in mapping.entries {
            let location = location(entry.keyNode)
            locations.record(entry.key, line: location.line, column: location.column)
        }
        return locations
    }

    public func report(_ severity: Severity, _ ruleID: String, _ message: String, at node: YAMLNode, hint: String? = nil) {
        diagnostics.append(Diagnostic(severity, ruleID, message, at: location(node), hint: hint))
    }

    public func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    // MARK: Structure

    /// A mapping whose keys are checked: duplicates are errors, keys outside
    /// `keys` are warnings with a suggestion. Pass nil to accept any key.
    public func mapping(_ node: YAMLNode, _ field: @autoclosure () -> String, keys: [String]?) -> YAMLMapping? {
        guard case .mapping(let mapping) = node else {
            typeMismatch(node, field(), expected: "a mapping of keys to values")
            return nil
        }
        var entries: [YAMLMapping.Entry] = []
        entries.reserveCapacity(mapping.count)
        // Most mappings are small: a scan of the keys kept so far finds a
        // duplicate without building a set for every mapping.
        var seen: Set<String> = []
        let useSet = mapping.count > 16
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                report(.error, "yaml-type", "\(field()) has a key that is not plain text", at: keyNode,
                       hint: "Use plain words as keys.")
                continue
            }
            let key = scalar.string
            let isDuplicate = useSet ? !seen.insert(key).inserted : entries.contains { $0.key == key }
            if isDuplicate {
                report(.error, "duplicate-key", "\(field()) sets `\(key)` more than once", at: keyNode,
                       hint: "Keep one `\(key)`; YAML would silently use only one of them.")
                continue
            }
            if let keys, !keys.contains(key) {
                let suggestion = Suggestion.closest(to: key, in: keys)
                report(.warning, "unknown-key", "unknown key `\(key)` in \(field())", at: keyNode,
                       hint: suggestion.map { "Did you mean `\($0)`?" }
                           ?? "Known keys: \(keys.joined(separator: ", ")).")
            }
            entries.append(YAMLMapping.Entry(key: key, keyNode: keyNode, value: value))
        }
        return YAMLMapping(node: node, entries: entries)
    }

    /// The items of a sequence; a single value where a list is expected is a type error.
    public func sequence(_ node: YAMLNode, _ field: @autoclosure () -> String) -> [YAMLNode]? {
        if isNull(node) { return [] }
        guard case .sequence(let sequence) = node else {
            typeMismatch(node, field(), expected: "a list")
            return nil
        }
        return sequence.items
    }

    // MARK: Scalars

    /// Any non-null scalar as text. Mappings and lists are type errors.
    public func string(_ node: YAMLNode, _ field: @autoclosure () -> String) -> String? {
        guard case .scalar(let scalar) = node else {
            typeMismatch(node, field(), expected: "text")
            return nil
        }
        guard !isNull(node) else { return nil }
        return strings?.intern(scalar.string) ?? scalar.string
    }

    public func int(_ node: YAMLNode, _ field: @autoclosure () -> String, range: ClosedRange<Int>? = nil) -> Int? {
        guard let text = scalarText(node, field(), expected: "a whole number") else { return nil }
        guard let value = Int(Self.withoutUnderscores(text)) else {
            typeMismatch(node, field(), expected: "a whole number", got: text)
            return nil
        }
        return checked(value, in: range, node, field())
    }

    public func double(_ node: YAMLNode, _ field: @autoclosure () -> String, range: ClosedRange<Double>? = nil) -> Double? {
        guard let text = scalarText(node, field(), expected: "a number") else { return nil }
        guard let value = Double(Self.withoutUnderscores(text)), value.isFinite else {
            typeMismatch(node, field(), expected: "a number", got: text)
            return nil
        }
        return checked(value, in: range, node, field())
    }

    public func bool(_ node: YAMLNode, _ field: @autoclosure () -> String) -> Bool? {
        guard let text = scalarText(node, field(), expected: "true or false") else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            typeMismatch(node, field(), expected: "true or false", got: text)
            return nil
        }
    }

    public func day(_ node: YAMLNode, _ field: @autoclosure () -> String) -> Day? {
        guard let text = scalarText(node, field(), expected: "a date (YYYY-MM-DD)") else { return nil }
        guard let day = Day(text) else {
            report(.error, "bad-date", "\(field()) is `\(text)`, not a calendar date in YYYY-MM-DD form", at: node,
                   hint: "Write dates as YYYY-MM-DD, for example 2026-10-01.")
            return nil
        }
        return day
    }

    /// One of a fixed set of words, compared case-insensitively.
    public func choice<Value: RawRepresentable & CaseIterable>(
        _ node: YAMLNode, _ field: @autoclosure () -> String, as type: Value.Type = Value.self
    ) -> Value? where Value.RawValue == String {
        guard let text = scalarText(node, field(), expected: "one of \(Self.allowed(Value.self))") else { return nil }
        let lowered = text.lowercased()
        if let value = Value.allCases.first(where: { $0.rawValue.lowercased() == lowered }) {
            return value
        }
        let suggestion = Suggestion.closest(to: text, in: Value.allCases.map(\.rawValue))
        report(.error, "bad-value", "\(field()) is `\(text)`; expected \(Self.allowed(Value.self))", at: node,
               hint: suggestion.map { "Did you mean `\($0)`?" } ?? "Use one of \(Self.allowed(Value.self)).")
        return nil
    }

    public func isNull(_ node: YAMLNode) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        guard scalar.style == .plain else { return false }
        // Nearly every scalar is longer than the null spellings: skip comparing it with each.
        guard scalar.string.utf8.count <= 4 else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    // MARK: Helpers

    private func scalarText(_ node: YAMLNode, _ field: @autoclosure () -> String, expected: @autoclosure () -> String) -> String? {
        guard case .scalar(let scalar) = node else {
            typeMismatch(node, field(), expected: expected())
            return nil
        }
        if isNull(node) { return nil }
        return scalar.string.trimmingHorizontalWhitespace()
    }

    /// `text` without the `_` digit separators YAML 1.1 allows in numbers;
    /// most numbers have none, so they are not copied.
    static func withoutUnderscores(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        return String(decoding: text.utf8.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
    }

    private func checked<Value: Comparable>(_ value: Value, in range: ClosedRange<Value>?, _ node: YAMLNode, _ field: @autoclosure () -> String) -> Value? {
        guard let range, !range.contains(value) else { return value }
        report(.error, "out-of-range", "\(field()) is \(value), outside \(range.lowerBound)…\(range.upperBound)", at: node,
               hint: "Use a value from \(range.lowerBound) to \(range.upperBound).")
        return nil
    }

    func typeMismatch(_ node: YAMLNode, _ field: String, expected: String, got: String? = nil) {
        let actual: String
        if let got {
            actual = "`\(got)`"
        } else {
            switch node {
            case .scalar: actual = "text"
            case .mapping: actual = "a mapping"
            case .sequence: actual = "a list"
            }
        }
        report(.error, "yaml-type", "\(field) should be \(expected), but it is \(actual)", at: node,
               hint: "Write \(field) as \(expected).")
    }

    private static func allowed<Value: RawRepresentable & CaseIterable>(_ type: Value.Type) -> String where Value.RawValue == String {
        Value.allCases.map(\.rawValue).joined(separator: ", ")
    }
}

/// A YAML mapping whose keys have been checked, in document order.
public struct YAMLMapping {
    public struct Entry {
        public let key: String
        public let keyNode: YAMLNode
        public let value: YAMLNode
    }

    public let node: YAMLNode
    public let entries: [Entry]

    public subscript(key: String) -> YAMLNode? {
        entries.first { $0.key == key }?.value
    }

    public var keys: [String] { entries.map(\.key) }
}
