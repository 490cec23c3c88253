import Foundation

/// Keeps one `h1` per page: the layout's title.
///
/// Authors often start a body with `# Title`, which the CommonMark layer
/// renders as a second `h1` below the page's own. Every `h1` after the first
/// becomes an `h2`, so the outline screen readers announce stays sound.
enum SingleHeadingOne {
    static func apply(to html: String) -> String {
        guard let first = html.range(of: "<h1"), html[first.upperBound...].contains("<h1") else { return html }
        var out = String(html[..<first.upperBound])
        var rest = html[first.upperBound...]
        // Keep the first heading's closing tag.
        if let close = rest.range(of: "</h1>") {
            out += rest[..<close.upperBound]
            rest = rest[close.upperBound...]
        }
        while let open = rest.range(of: "<h1") {
            let next = rest[open.upperBound...].first
            guard next == ">" || next == " " else {
                out += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            out += rest[..<open.lowerBound] + "<h2"
            rest = rest[open.upperBound...]
            if let close = rest.range(of: "</h1>") {
                out += rest[..<close.lowerBound] + "</h2>"
                rest = rest[close.upperBound...]
            }
        }
        return out + rest
    }
}
