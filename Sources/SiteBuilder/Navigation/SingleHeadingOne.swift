/// Keeps one `h1` per page: the layout's title.
///
/// Authors often start a body with `# Title`, which the CommonMark layer
/// renders as a second `h1` below the page's own. Every `h1` after the first
/// becomes an `h2`, so the outline screen readers announce stays sound.
enum SingleHeadingOne {
    /// The page `html` (UTF-8) with every `h1` after the first made an `h2`.
    static func apply(to html: [UInt8]) -> [UInt8] {
        html.withUnsafeBufferPointer { bytes in
            guard let first = headingOne(in: bytes, from: 0),
                  let firstClose = UTF8Search.firstIndex(of: "</h1>", in: bytes, from: first + 3),
                  headingOne(in: bytes, from: firstClose + 5) != nil
            else { return html }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var copied = 0
            var index = firstClose + 5
            while let open = headingOne(in: bytes, from: index) {
                out.append(contentsOf: bytes[copied..<open])
                out.append(contentsOf: "<h2".utf8)
                copied = open + 3
                index = open + 3
                guard let close = UTF8Search.firstIndex(of: "</h1>", in: bytes, from: index) else { break }
                out.append(contentsOf: bytes[copied..<close])
                out.append(contentsOf: "</h2>".utf8)
                copied = close + 5
                index = close + 5
            }
            out.append(contentsOf: bytes[copied...])
            return out
        }
    }

    /// The next `<h1` that opens an `h1` element (`<h1>` or `<h1 …`), not `<h10` or text.
    private static func headingOne(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while let open = UTF8Search.firstIndex(of: "<h1", in: bytes, from: index) {
            let next = open + 3 < bytes.count ? bytes[open + 3] : 0
            if next == UInt8(ascii: ">") || next == UInt8(ascii: " ") { return open }
            index = open + 3
        }
        return nil
    }
}
