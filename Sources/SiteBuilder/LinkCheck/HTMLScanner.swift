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
    ///
    /// A start tag is read once, its attributes and its end together:
    /// every tag of every page goes through here, and finding the end first
    /// read every tag twice.
    static func forEachAttribute(
        in bytes: UnsafeBufferPointer<UInt8>, _ visit: (_ tag: Bytes, _ name: Bytes, _ value: Bytes) -> Void
    ) {
        guard let base = bytes.baseAddress else { return }
        var found = FoundAttributes()
        var index = 0
        while let open = UTF8Search.firstIndex(of: "<", in: bytes, from: index) {
            if isCommentStart(bytes, at: open) {
                index = UTF8Search.firstIndex(of: "-->", in: bytes, from: open + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            guard open + 1 < bytes.count else { break }
            guard isLetter(base[open + 1]) else {
                // An end tag, a declaration or a stray `<`: only its end matters.
                guard let close = tagEnd(bytes, from: open + 1) else { break }
                index = close + 1
                continue
            }
            var nameEnd = tagNameEnd(base, from: open + 1, to: bytes.count, atQuote: true)
            guard nameEnd < bytes.count else { break }
            var reading = isQuote(base[nameEnd]) ? .unsure : readAttributes(bytes, from: nameEnd, into: &found)
            if case .unsure = reading {
                // A quote where no value starts: find the end first, as a
                // quote anywhere hides `>`, then read what lies before it.
                guard let close = tagEnd(bytes, from: open + 1) else { break }
                nameEnd = tagNameEnd(base, from: open + 1, to: close, atQuote: false)
                reading = readAttributes(bytes, from: nameEnd, endingAt: close, into: &found)
            }
            guard case .closed(let close) = reading else { break }
            let name = bytes[(open + 1)..<nameEnd]
            for attribute in found.ranges[..<found.count] { visit(name, bytes[attribute.name], bytes[attribute.value]) }
            index = close + 1
            if isName(name, "script") {
                index = UTF8Search.firstIndex(of: "</script", in: bytes, from: index) ?? bytes.count
            } else if isName(name, "style") {
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

    /// The value of one attribute (`name`, given in lowercase) in a start
    /// tag's bytes (from `<` to `>`), undecoded.
    static func attribute(_ name: StaticString, inTag tag: Bytes) -> String? {
        let body = tag.dropFirst().prefix { !isSpace($0) && $0 != UInt8(ascii: ">") }
        var found = FoundAttributes()
        _ = readAttributes(tag.base, from: tag.startIndex + 1 + body.count, endingAt: tag.endIndex, into: &found)
        return found.ranges[..<found.count].first { isName(tag.base[$0.name], name) }.map {
            String(decoding: tag.base[$0.value], as: UTF8.self)
        }
    }

    /// Where a tag's name starting at `start` ends: at white space, `/` or
    /// `>`, and with `atQuote` at a quote too; `end` when none comes first.
    @inline(__always)
    private static func tagNameEnd(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, atQuote: Bool) -> Int {
        var index = start
        while index < end, !isSpace(base[index]), !(atQuote && isQuote(base[index])),
              base[index] != UInt8(ascii: "/"), base[index] != UInt8(ascii: ">") { index += 1 }
        return index
    }

    /// The `>` that ends a tag, skipping quoted values (with `memchr`:
    /// they hold most of a tag's bytes, URLs above all).
    @inline(__always)
    private static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return index }
            if isQuote(byte) {
                guard let close = UTF8Search.firstIndex(of: byte, in: bytes, from: index + 1) else { return nil }
                index = close
            }
            index += 1
        }
        return nil
    }

    /// Where one attribute's name and undecoded value lie in the page.
    private typealias AttributeRanges = (name: Range<Int>, value: Range<Int>)

    /// The attributes of the tag being read: the first `count` of `ranges`.
    /// One buffer serves every tag of a page; emptying an array for each
    /// tag cost as much as reading the tag once saved.
    private struct FoundAttributes {
        private(set) var ranges: [AttributeRanges] = []
        private(set) var count = 0

        mutating func removeAll() { count = 0 }

        mutating func append(_ attribute: AttributeRanges) {
            if count < ranges.count { ranges[count] = attribute } else { ranges.append(attribute) }
            count += 1
        }
    }

    /// How reading a start tag's attributes ended.
    private enum TagReading {
        /// At the tag's `>`.
        case closed(at: Int)
        /// Without a `>`: the page ends first. Nothing after is read.
        case unclosed
        /// At a quote where no value starts, which hides `>` from
        /// ``tagEnd(_:from:)``: the tag is read again, its end found first.
        case unsure
    }

    /// Reads the `name=value` pairs of a start tag from `start`, just after
    /// its name, into `found`; a name without a value has an empty one.
    /// With `known`, the tag's `>` found already, the pairs are those before
    /// it. Without, the `>` is where the pairs stop, the same one
    /// ``tagEnd(_:from:)`` finds as long as quotes open only values.
    private static func readAttributes(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, endingAt known: Int? = nil, into found: inout FoundAttributes
    ) -> TagReading {
        found.removeAll()
        guard let base = bytes.baseAddress else { return .unclosed }
        let end = known ?? bytes.count
        let endReading = known.map { TagReading.closed(at: $0) } ?? .unclosed
        var index = start
        while true {
            while index < end, isSpace(base[index]) || base[index] == UInt8(ascii: "/") { index += 1 }
            guard index < end else { return endReading }
            let nameStart = index
            while index < end, !isSpace(base[index]), base[index] != UInt8(ascii: "="),
                  base[index] != UInt8(ascii: ">"), base[index] != UInt8(ascii: "/") {
                if known == nil, isQuote(base[index]) { return .unsure }
                index += 1
            }
            guard index > nameStart else {
                // `=` or `>` where a name should start ends the pairs.
                if let known { return .closed(at: known) }
                if base[index] == UInt8(ascii: ">") { return .closed(at: index) }
                return tagEnd(bytes, from: index).map { .closed(at: $0) } ?? .unclosed
            }
            let name = nameStart..<index
            guard index < end, base[index] == UInt8(ascii: "=") else {
                found.append((name, index..<index))
                continue
            }
            index += 1
            if index < end, isQuote(base[index]) {
                guard let closing = UTF8Search.firstIndex(of: base[index], in: bytes, from: index + 1, to: end) else {
                    guard let known else { return .unclosed }
                    found.append((name, (index + 1)..<known))
                    return .closed(at: known)
                }
                found.append((name, (index + 1)..<closing))
                index = closing + 1
            } else {
                let valueStart = index
                while index < end, !isSpace(base[index]), base[index] != UInt8(ascii: ">") {
                    if known == nil, isQuote(base[index]) { return .unsure }
                    index += 1
                }
                found.append((name, valueStart..<index))
            }
        }
    }

    private static func isQuote(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
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
