/// Cuts pieces out of rendered HTML so assertions look at the right part of
/// a page, not just anywhere in it.
enum HTMLFragments {
    /// From the element with `id="…"` to the end of its `</section>` (or
    /// `</table>` / `</ul>` when `until` says so); empty when absent.
    static func section(_ html: String, id: String, until end: String = "</section>") -> String {
        guard let start = html.range(of: "id=\"\(id)\"") else { return "" }
        guard let stop = html.range(of: end, range: start.upperBound..<html.endIndex) else { return String(html[start.lowerBound...]) }
        return String(html[start.lowerBound..<stop.upperBound])
    }

    /// The table row (`<tr …>…</tr>`) or list item that contains `text`; empty when absent.
    static func row(_ html: String, containing text: String, element: String = "tr") -> String {
        guard let hit = html.range(of: text),
              let open = html.range(of: "<\(element)", options: .backwards, range: html.startIndex..<hit.lowerBound),
              let close = html.range(of: "</\(element)>", range: hit.upperBound..<html.endIndex)
        else { return "" }
        return String(html[open.lowerBound..<close.upperBound])
    }
}
