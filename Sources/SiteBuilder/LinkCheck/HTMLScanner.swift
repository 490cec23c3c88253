/// A small scanner for the HTML prr writes: the attributes of every start
/// tag, without building a DOM.
///
/// It understands quoted and unquoted attribute values, skips comments and
/// the contents of `<script>` and `<style>`, and decodes the entities prr's
/// escaper produces (plus numeric ones), which is all link checking needs.
enum HTMLScanner {
    /// One attribute of a start tag.
    struct Attribute: Equatable {
        let tag: String
        let name: String
        let value: String
    }

    /// Every attribute of every start tag, in document order.
    static func attributes(in html: String) -> [Attribute] {
        var result: [Attribute] = []
        forEachAttribute(in: html) { tag, name, value in
            result.append(Attribute(tag: lowercased(tag), name: lowercased(name), value: decodedValue(value)))
        }
        return result
    }

    /// The bytes of a tag or attribute name, or of a value, inside the page being scanned.
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// Calls `visit` with each start tag's name and each of its attributes'
    /// name and undecoded value, as bytes, in document order. The link check
    /// runs this over every page and wants four attributes out of many; only
    /// those become strings (`isName`, `decodedValue`).
    static func forEachAttribute(in html: String, _ visit: (_ tag: Bytes, _ name: Bytes, _ value: Bytes) -> Void) {
        UTF8Search.withBytes(html) { forEachAttribute(in: $0, visit) }
    }

    /// ``forEachAttribute(in:_:)`` over a page's UTF-8 bytes.
    static func forEachAttribute(
        in bytes: UnsafeBufferPointer<UInt8>, _ visit: (_ tag: Bytes, _ name: Bytes, _ value: Bytes) -> Void
    ) {
        var index = 0
        while let open = UTF8Search.firstIndex(of: "<", in: bytes, from: index) {
            if isCommentStart(bytes, at: open) {
                index = UTF8Search.firstIndex(of: "-->", in: bytes, from: open + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            guard let close = tagEnd(bytes, from: open + 1) else { break }
            let tag = bytes[(open + 1)..<close]
            let nameBytes = tag.prefix { !isSpace($0) && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: ">") }
            index = close + 1
            guard let first = nameBytes.first, isLetter(first) else { continue }
            parse(tag.dropFirst(nameBytes.count)) { attribute, value in visit(nameBytes, attribute, value) }
            if isName(nameBytes, "script") {
                index = UTF8Search.firstIndex(of: "</script", in: bytes, from: index) ?? bytes.count
            } else if isName(nameBytes, "style") {
                index = UTF8Search.firstIndex(of: "</style", in: bytes, from: index) ?? bytes.count
            }
        }
    }

    /// Whether a tag or attribute name is `name` (given in lowercase), as
    /// comparing the lowercased string would say. ASCII letters are compared
    /// without case; a non-ASCII byte never matches, and no non-ASCII letter
    /// lowercases into the ASCII names asked for (only the Kelvin sign
    /// lowercases to ASCII, to `k`).
    static func isName(_ bytes: Bytes, _ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        return zip(bytes, UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)).allSatisfy { byte, lower in
            byte == lower || ((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) && byte | 0x20 == lower)
        }
    }

    /// An attribute value as a string, its entities decoded.
    static func decodedValue(_ bytes: Bytes) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(UInt8(ascii: "&")) ? decodeEntities(text) : text
    }

    private static func isCommentStart(_ bytes: UnsafeBufferPointer<UInt8>, at open: Int) -> Bool {
        open + 3 < bytes.count && bytes[open + 1] == UInt8(ascii: "!")
            && bytes[open + 2] == UInt8(ascii: "-") && bytes[open + 3] == UInt8(ascii: "-")
    }

    /// The value of one attribute in a start tag's bytes (from `<` to `>`), undecoded.
    static func attribute(_ name: String, inTag tag: Bytes) -> String? {
        let body = tag.dropFirst().prefix { !isSpace($0) && $0 != UInt8(ascii: ">") }
        var found: String?
        parse(tag.dropFirst(1 + body.count)) { attribute, value in
            if found == nil, lowercased(attribute) == name { found = String(decoding: value, as: UTF8.self) }
        }
        return found
    }

    /// The `>` that ends a tag, skipping quoted values (with `memchr`:
    /// they hold most of a tag's bytes, URLs above all).
    private static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return index }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                guard let close = UTF8Search.firstIndex(of: byte, in: bytes, from: index + 1) else { return nil }
                index = close
            }
            index += 1
        }
        return nil
    }

    /// The `name=value` pairs of a tag's attribute text, as bytes; a name
    /// without a value has an empty one.
    private static func parse(_ text: Bytes, _ visit: (_ name: Bytes, _ value: Bytes) -> Void) {
        var index = text.startIndex
        while index < text.endIndex {
            while index < text.endIndex, isSpace(text[index]) || text[index] == UInt8(ascii: "/") { index += 1 }
            let nameStart = index
            while index < text.endIndex, !isSpace(text[index]), text[index] != UInt8(ascii: "="),
                  text[index] != UInt8(ascii: ">"), text[index] != UInt8(ascii: "/") { index += 1 }
            guard index > nameStart else { break }
            let name = text[nameStart..<index]
            guard index < text.endIndex, text[index] == UInt8(ascii: "=") else {
                visit(name, text[index..<index])
                continue
            }
            index += 1
            var value: Bytes
            if index < text.endIndex, text[index] == UInt8(ascii: "\"") || text[index] == UInt8(ascii: "'") {
                let quote = text[index]
                let end = UTF8Search.firstIndex(of: quote, in: text.base, from: index + 1, to: text.endIndex) ?? text.endIndex
                value = text[(index + 1)..<end]
                index = min(end + 1, text.endIndex)
            } else {
                let start = index
                while index < text.endIndex, !isSpace(text[index]), text[index] != UInt8(ascii: ">") { index += 1 }
                value = text[start..<index]
            }
            visit(name, value)
        }
    }

    /// Tag and attribute names as the scan reports them: lowercased, without
    /// the cost of `lowercased()` for names that already are.
    private static func lowercased(_ bytes: Bytes) -> String {
        let string = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) ? string.lowercased() : string
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// Decodes `&amp; &lt; &gt; &quot; &#39; &#NN; &#xNN;`; other text is kept.
    static func decodeEntities(_ text: String) -> String {
        // Over the bytes: walking `String.UTF8View` for every attribute
        // value of every page was over a percent of a build.
        guard UTF8Search.withBytes(text, { $0.contains(UInt8(ascii: "&")) }) else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[amp...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = after[after.index(after: amp)..<semicolon]
            if let decoded = decode(entity) {
                out += decoded
            } else {
                out += after[...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return out + rest
    }

    private static func decode(_ entity: Substring) -> String? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let digits = entity.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
