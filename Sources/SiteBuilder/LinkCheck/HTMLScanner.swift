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
        scan(html) { tag, name, value in result.append(Attribute(tag: tag, name: name, value: value)) }
        return result
    }

    /// Calls `visit` with each start tag's name, attribute name and decoded
    /// value, in document order, without collecting them.
    static func scan(_ html: String, _ visit: (_ tag: String, _ name: String, _ value: String) -> Void) {
        UTF8Search.withBytes(html) { bytes in
            var index = 0
            while let open = UnsafeBufferPointer(rebasing: bytes[index...]).firstIndex(of: UInt8(ascii: "<")).map({ $0 + index }) {
                if bytes[open...].starts(with: "<!--".utf8) {
                    index = UTF8Search.firstIndex(of: "-->", in: bytes, from: open + 4).map { $0 + 3 } ?? bytes.count
                    continue
                }
                guard let close = tagEnd(bytes, from: open + 1) else { break }
                let tag = bytes[(open + 1)..<close]
                let nameBytes = tag.prefix { !isSpace($0) && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: ">") }
                index = close + 1
                guard let first = nameBytes.first, isLetter(first) else { continue }
                let name = lowercased(nameBytes)
                parse(tag.dropFirst(nameBytes.count)) { attribute, value in visit(name, attribute, value) }
                if name == "script" || name == "style" {
                    let end = Array("</\(name)".utf8)
                    index = end.withUnsafeBufferPointer { UTF8Search.firstIndex(of: $0, in: bytes, from: index) } ?? bytes.count
                }
            }
        }
    }

    /// The value of one attribute in a start tag's bytes (from `<` to `>`), undecoded.
    static func attribute(_ name: String, inTag tag: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        let body = tag.dropFirst().prefix { !isSpace($0) && $0 != UInt8(ascii: ">") }
        var found: String?
        parse(tag.dropFirst(1 + body.count), decode: false) { attribute, value in
            if found == nil, attribute == name { found = value }
        }
        return found
    }

    /// The `>` that ends a tag, skipping quoted values.
    private static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var quote: UInt8?
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The `name=value` pairs of a tag's attribute text.
    private static func parse(_ text: Slice<UnsafeBufferPointer<UInt8>>, decode: Bool = true,
                              _ visit: (_ name: String, _ value: String) -> Void) {
        var index = text.startIndex
        while index < text.endIndex {
            while index < text.endIndex, isSpace(text[index]) || text[index] == UInt8(ascii: "/") { index += 1 }
            let nameStart = index
            while index < text.endIndex, !isSpace(text[index]), text[index] != UInt8(ascii: "="),
                  text[index] != UInt8(ascii: ">"), text[index] != UInt8(ascii: "/") { index += 1 }
            guard index > nameStart else { break }
            let name = lowercased(text[nameStart..<index])
            guard index < text.endIndex, text[index] == UInt8(ascii: "=") else {
                visit(name, "")
                continue
            }
            index += 1
            var value: Slice<UnsafeBufferPointer<UInt8>>
            if index < text.endIndex, text[index] == UInt8(ascii: "\"") || text[index] == UInt8(ascii: "'") {
                let quote = text[index]
                let end = text[(index + 1)...].firstIndex(of: quote) ?? text.endIndex
                value = text[(index + 1)..<end]
                index = min(end + 1, text.endIndex)
            } else {
                let start = index
                while index < text.endIndex, !isSpace(text[index]), text[index] != UInt8(ascii: ">") { index += 1 }
                value = text[start..<index]
            }
            let string = String(decoding: value, as: UTF8.self)
            visit(name, decode ? decodeEntities(string) : string)
        }
    }

    /// Tag and attribute names as the scan reports them: lowercased, without
    /// the cost of `lowercased()` for names that already are.
    private static func lowercased(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        let string = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) ? string.lowercased() : string
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// Decodes `&amp; &lt; &gt; &quot; &#39; &#NN; &#xNN;`; other text is kept.
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
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
