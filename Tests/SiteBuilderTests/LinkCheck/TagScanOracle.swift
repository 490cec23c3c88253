@testable import SiteBuilder

/// The link check's first tag scan, kept as an oracle: it found each tag's
/// end, then read the attributes before it, byte by byte. The scanner now
/// reads both in one pass and must report the same attributes.
enum TagScanOracle {
    /// Every attribute of every start tag, as `HTMLScanner.attributes(in:)` reports them.
    static func attributes(in html: String) -> [HTMLScanner.Attribute] {
        let bytes = Array(html.utf8)
        var result: [HTMLScanner.Attribute] = []
        var index = 0
        while let open = firstIndex(of: Array("<".utf8), in: bytes, from: index) {
            if open + 3 < bytes.count, bytes[(open + 1)...(open + 3)].elementsEqual("!--".utf8) {
                index = firstIndex(of: Array("-->".utf8), in: bytes, from: open + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            guard let close = tagEnd(bytes, from: open + 1) else { break }
            let tag = bytes[(open + 1)..<close]
            let name = tag.prefix { !isSpace($0) && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: ">") }
            index = close + 1
            guard let first = name.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20) else { continue }
            let tagName = String(decoding: name, as: UTF8.self).lowercased()
            for (attribute, value) in pairs(tag.dropFirst(name.count)) {
                result.append(HTMLScanner.Attribute(
                    tag: tagName, name: String(decoding: attribute, as: UTF8.self).lowercased(),
                    value: HTMLScanner.decodeEntities(String(decoding: value, as: UTF8.self))))
            }
            if tagName == "script" || tagName == "style" {
                index = firstIndex(of: Array("</\(tagName)".utf8), in: bytes, from: index) ?? bytes.count
            }
        }
        return result
    }

    private static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return index }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                guard let close = bytes[(index + 1)...].firstIndex(of: byte) else { return nil }
                index = close
            }
            index += 1
        }
        return nil
    }

    private static func pairs(_ text: ArraySlice<UInt8>) -> [(ArraySlice<UInt8>, ArraySlice<UInt8>)] {
        var result: [(ArraySlice<UInt8>, ArraySlice<UInt8>)] = []
        var index = text.startIndex
        while index < text.endIndex {
            while index < text.endIndex, isSpace(text[index]) || text[index] == UInt8(ascii: "/") { index += 1 }
            let nameStart = index
            while index < text.endIndex, !isSpace(text[index]), text[index] != UInt8(ascii: "="),
                  text[index] != UInt8(ascii: ">"), text[index] != UInt8(ascii: "/") { index += 1 }
            guard index > nameStart else { break }
            let name = text[nameStart..<index]
            guard index < text.endIndex, text[index] == UInt8(ascii: "=") else {
                result.append((name, text[index..<index]))
                continue
            }
            index += 1
            if index < text.endIndex, text[index] == UInt8(ascii: "\"") || text[index] == UInt8(ascii: "'") {
                let end = text[(index + 1)...].firstIndex(of: text[index]) ?? text.endIndex
                result.append((name, text[(index + 1)..<end]))
                index = min(end + 1, text.endIndex)
            } else {
                let start = index
                while index < text.endIndex, !isSpace(text[index]), text[index] != UInt8(ascii: ">") { index += 1 }
                result.append((name, text[start..<index]))
            }
        }
        return result
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start <= bytes.count - needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
