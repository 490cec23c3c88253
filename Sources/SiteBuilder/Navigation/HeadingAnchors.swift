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

    /// The page `html` (UTF-8) with an anchor link inserted before each
    /// `</h2>`…`</h6>` whose opening tag carries an `id`.
    static func add(to html: [UInt8]) -> [UInt8] {
        html.withUnsafeBufferPointer { bytes in
            var out: [UInt8] = []
            var index = 0
            var copied = 0
            while let open = UTF8Search.firstIndex(of: "<h", in: bytes, from: index) {
                index = open + 2
                guard open + 3 < bytes.count, (UInt8(ascii: "2")...UInt8(ascii: "6")).contains(bytes[open + 2]),
                      bytes[open + 3] == UInt8(ascii: " ") || bytes[open + 3] == UInt8(ascii: ">"),
                      let tagEnd = UnsafeBufferPointer(rebasing: bytes[open...]).firstIndex(of: UInt8(ascii: ">")).map({ $0 + open })
                else { continue }
                index = tagEnd + 1
                guard let id = HTMLScanner.attribute("id", inTag: bytes[open...tagEnd]),
                      let close = closingTag(of: bytes[open + 2], in: bytes, from: tagEnd + 1)
                else { continue }
                if out.isEmpty { out.reserveCapacity(bytes.count + 1024) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<close]))
                out.append(contentsOf: linkStart)
                out.append(contentsOf: id.utf8)
                out.append(contentsOf: linkEnd)
                copied = close
                index = close + 5
            }
            guard copied > 0 else { return html }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return out
        }
    }

    /// The first `</hN>` from `start`, `N` being `level` (an ASCII digit):
    /// found as `</h` and checked in place, where a needle made for each
    /// heading was an array allocated and freed every time.
    private static func closingTag(of level: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while let close = UTF8Search.firstIndex(of: "</h", in: bytes, from: index) {
            if close + 4 < bytes.count, bytes[close + 3] == level, bytes[close + 4] == UInt8(ascii: ">") { return close }
            index = close + 3
        }
        return nil
    }

    /// The inserted link is these bytes around the heading's `id`, the
    /// attribute's text as written (already escaped for HTML). Appended as
    /// bytes: interpolating a string for every heading of every page was
    /// half a percent of a build.
    private static let linkStart = Array(" <a class=\"\(className)\" href=\"#".utf8)
    private static let linkEnd = Array("\" aria-label=\"Link to this section\">#</a>".utf8)
}
