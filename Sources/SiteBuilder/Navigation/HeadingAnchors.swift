/// Gives every heading that has an `id` a visible `#` link to itself.
///
/// Runs over each rendered page, so it covers headings written by authors
/// (the CommonMark layer gives them ids) and headings in layouts alike, and
/// works without JavaScript. The link sits at the end of the heading; CSS
/// shows it on `:hover` and `:focus-within`. `h1` is left alone: it is the
/// page's title, and the page's own address already points at it.
enum HeadingAnchors {
    /// The class of the inserted links, styled in `style.css`.
    static let className = "nav-anchor"

    /// `html` with an anchor link inserted before each `</h2>`…`</h6>` whose
    /// opening tag carries an `id`.
    static func add(to html: String) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 1024)
        var index = 0
        var copied = 0
        while index + 3 < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "h"),
                  (UInt8(ascii: "2")...UInt8(ascii: "6")).contains(bytes[index + 2]),
                  bytes[index + 3] == UInt8(ascii: " ") || bytes[index + 3] == UInt8(ascii: ">"),
                  let tagEnd = bytes[index...].firstIndex(of: UInt8(ascii: ">"))
            else {
                index += 1
                continue
            }
            let closing = Array("</h".utf8) + [bytes[index + 2], UInt8(ascii: ">")]
            guard let id = HTMLScanner.attribute("id", inTag: bytes[index...tagEnd]),
                  let close = firstRange(of: closing, in: bytes, from: tagEnd + 1)
            else {
                index = tagEnd + 1
                continue
            }
            out.append(contentsOf: bytes[copied..<close])
            out.append(contentsOf: Array(link(to: id).utf8))
            copied = close
            index = close + closing.count
        }
        guard copied > 0 else { return html }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }

    /// The inserted link; `id` is the attribute's text, already escaped for HTML.
    static func link(to id: String) -> String {
        " <a class=\"\(className)\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a>"
    }

    static func firstRange(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
