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
        let head = [UInt8](headData)
        let quotedKey = "\"" + key + "\""
        // JSON strings escape `"`, so the key's quoted name followed by an
        // empty list can only be the member itself.
        let empty = Array((format == .pretty ? quotedKey + " : [\n\n  ]" : quotedKey + ":[]").utf8)
        let found = head.withUnsafeBufferPointer { bytes in
            empty.withUnsafeBufferPointer { UTF8Search.firstIndex(of: $0, in: bytes, from: 0) }
        }
        guard let start = found else { return String(decoding: head, as: UTF8.self) + "\n" }
        let slot = start..<start + empty.count
        var out = [UInt8](head[..<slot.lowerBound])
        out.reserveCapacity(head.count * 2)
        out += (format == .pretty ? quotedKey + " : [" : quotedKey + ":[").utf8
        var first = true
        for element in elements {
            guard let data = try? encoder.encode(element) else { continue }
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            switch format {
            case .pretty:
                out += "\n    ".utf8
                appendIndented(data, by: 4, to: &out)
            case .compact:
                out += data
            }
        }
        guard !first else { return String(decoding: head, as: UTF8.self) + "\n" }
        out += (format == .pretty ? "\n  ]" : "]").utf8
        out += head[slot.upperBound...]
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
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

    /// Appends `json` with `spaces` after every line break that starts a
    /// non-empty line: `JSONEncoder` leaves the blank line of an empty list
    /// unindented. Bytes, not Strings: splitting strings into lines made the
    /// data files twice as slow to write.
    static func appendIndented(_ json: Data, by spaces: Int, to out: inout [UInt8]) {
        let newline = UInt8(ascii: "\n")
        var afterBreak = false
        for byte in json {
            if afterBreak && byte != newline { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces)) }
            out.append(byte)
            afterBreak = byte == newline
        }
    }
}
