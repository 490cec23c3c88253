/// A horizontal bar chart drawn as inline SVG at build time, readable without
/// JavaScript.
///
/// Accessibility: the `<svg>` has `role="img"` and is labelled by its
/// `<title>` and a `<desc>` that reads out every bar; each bar carries its
/// label and number as text, so nothing depends on colour; pages also show the
/// same numbers in a table beside the chart (`values`).
struct BarChart {
    struct Bar {
        let label: String
        let value: Int
        /// A CSS class for the bar, so a stylesheet can tint it (never the only cue).
        var style: String = "bar"
    }

    /// Unique on its page; used for the `<title>`/`<desc>` ids.
    let id: String
    let title: String
    let bars: [Bar]

    // Geometry in SVG user units; the chart scales with its container.
    private let width = 440
    private let rowHeight = 28
    private let labelWidth = 190
    private let valueWidth = 50
    private let maxLabelLength = 28

    /// The chart's SVG markup.
    func svg() -> String {
        let height = max(1, bars.count) * rowHeight + 8
        let largest = max(1, bars.map(\.value).max() ?? 0)
        let barSpace = width - labelWidth - valueWidth
        let titleID = id + "-title"
        let descID = id + "-desc"
        var children: [SVGElement.Child] = [
            .element(SVGElement("title", [("id", titleID)], text: title)),
            .element(SVGElement("desc", [("id", descID)], text: description)),
        ]
        for (row, bar) in bars.enumerated() {
            let y = 4 + row * rowHeight
            let length = bar.value == 0 ? 0 : max(2, bar.value * barSpace / largest)
            let group = SVGElement("g", [("class", "chart-row")], children: [
                .element(SVGElement("text", [
                    ("x", String(labelWidth - 8)), ("y", String(y + rowHeight / 2 + 5)), ("text-anchor", "end"),
                    ("class", "chart-label"),
                ], text: shortened(bar.label))),
                .element(SVGElement("rect", [
                    ("x", String(labelWidth)), ("y", String(y + 4)), ("width", String(length)),
                    ("height", String(rowHeight - 8)), ("class", bar.style),
                ])),
                .element(SVGElement("text", [
                    ("x", String(labelWidth + length + 6)), ("y", String(y + rowHeight / 2 + 5)), ("class", "chart-value"),
                ], text: Formatting.number(bar.value))),
            ])
            children.append(.element(group))
        }
        return SVGElement("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart"), ("role", "img"),
            ("aria-labelledby", titleID + " " + descID), ("viewBox", "0 0 \(width) \(height)"),
            ("width", String(width)), ("height", String(height)),
        ], children: children).markup()
    }

    /// Every bar as words, for screen readers: "Ready: 3; Not ready: 5".
    var description: String {
        bars.isEmpty ? "No data." : bars.map { "\($0.label): \(Formatting.number($0.value))" }.joined(separator: "; ")
    }

    /// Layout values: the SVG (raw markup, written with `{{{svg}}}`) and the
    /// same numbers as rows for the table beside it.
    func values() -> LayoutValue {
        [
            "id": id,
            "title": title,
            "svg": svg(),
            "rows": bars.map { ["label": $0.label, "value": Formatting.number($0.value)] as LayoutValue },
        ]
    }

    /// Long labels are cut so they fit left of the bars; the table beside the
    /// chart and the `<desc>` keep them whole.
    private func shortened(_ label: String) -> String {
        label.count <= maxLabelLength ? label : String(label.prefix(maxLabelLength - 1)) + "…"
    }
}
