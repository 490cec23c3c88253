import Foundation

/// Encodes the site's machine-readable files the same way every time:
/// sorted keys, `/` unescaped (URLs stay readable), keys in snake_case, a
/// trailing newline; pretty-printed, or compact for the search index.
/// `JSONEncoder` escapes every string correctly, so content such as `"` or
/// control characters in a message cannot break the document.
///
/// A document's one long list is encoded element by element and spliced in
/// (``document(_:list:_:format:)``): the bytes are those of encoding the
/// whole document at once, but `JSONEncoder` never holds the whole
/// document's tree, which for `gaps.json` was the largest single part of a
/// big build's peak memory (10 MB per 1,000 reviews).
enum JSONOutput {
    enum Format {
        /// Two-space indents and `" : "` between key and value.
        case pretty
        /// No whitespace at all.
        case compact
    }

    /// `head`, whose member `key` must be an empty list, with that list's
    /// `elements` spliced in.
    static func document<Head: Encodable, Elements: Sequence>(
        _ head: Head, list key: String, _ elements: Elements, format: Format = .pretty
    ) -> String where Elements.Element: Encodable {
        let encoder = Self.encoder(format)
        // Encoding plain structs of strings, numbers and booleans cannot fail;
        // an empty object keeps the build going if it ever did.
        guard let headData = try? encoder.encode(head) else { return "{}\n" }
        var text = String(decoding: headData, as: UTF8.self)
        let quotedKey = "\"" + key + "\""
        // JSON strings escape `"`, so the key's quoted name followed by an
        // empty list can only be the member itself.
        let empty = format == .pretty ? quotedKey + " : [\n\n  ]" : quotedKey + ":[]"
        guard let slot = text.range(of: empty) else { return text + "\n" }
        var list = format == .pretty ? quotedKey + " : [" : quotedKey + ":["
        var first = true
        for element in elements {
            guard let data = try? encoder.encode(element) else { continue }
            list += first ? "" : ","
            first = false
            switch format {
            case .pretty:
                list += "\n    "
                list += indented(String(decoding: data, as: UTF8.self), by: "    ")
            case .compact:
                list += String(decoding: data, as: UTF8.self)
            }
        }
        guard !first else { return text + "\n" }
        list += format == .pretty ? "\n  ]" : "]"
        text.replaceSubrange(slot, with: list)
        return text + "\n"
    }

    static func encoder(_ format: Format) -> JSONEncoder {
        let encoder = JSONEncoder()
        switch format {
        case .pretty: encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        case .compact: encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        }
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    /// `json` with `indent` after every line break that starts a non-empty
    /// line: `JSONEncoder` leaves the blank line of an empty list unindented.
    static func indented(_ json: String, by indent: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count + json.utf8.count / 4)
        var lines = json.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        if let first = lines.next() { out += first }
        while let line = lines.next() {
            out += "\n"
            if !line.isEmpty { out += indent }
            out += line
        }
        return out
    }
}
