import Foundation

/// Figures worked out in the tests from the fixture's raw numbers, without
/// prr's own formatting or lessons code, and small HTML lookups.
enum RetrospectiveExpectations {
    /// a / b with two decimals, trailing zeros dropped, and "×": 1040/1200 → "0.87×".
    static func ratio(_ a: Double, _ b: Double) -> String {
        var text = String(format: "%.2f", a / b)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "×"
    }

    /// a / b as a whole percent: 1/3 → "33%".
    static func percent(_ a: Int, _ b: Int) -> String { "\(Int((Double(a) / Double(b) * 100).rounded()))%" }

    /// Days from `from` plus `offset` days until `to`, by the Gregorian calendar in UTC.
    static func days(from: String, plus offset: Int, until to: String) -> Int {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let start = formatter.date(from: from), let end = formatter.date(from: to),
            let due = calendar.date(byAdding: .day, value: offset, to: start)
        else { return .min }
        return calendar.dateComponents([.day], from: due, to: end).day ?? .min
    }

    /// The table row (`<tr …>…</tr>`) or list item that holds `marker`, or "".
    static func row(_ marker: String, in html: String, open: String = "<tr", close: String = "</tr>") -> String {
        guard let hit = html.range(of: marker),
            let start = html.range(of: open, options: .backwards, range: html.startIndex..<hit.lowerBound),
            let end = html.range(of: close, range: hit.upperBound..<html.endIndex)
        else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The `<section aria-labelledby="id">` of a page, or "".
    static func section(_ id: String, in html: String) -> String {
        guard let start = html.range(of: "<section aria-labelledby=\"\(id)\""),
            let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex)
        else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
