import Foundation

/// Number and text formatting for pages, independent of the machine's locale
/// so the same content always gives the same bytes.
enum Formatting {
    /// 1200 → "1,200"; 2.5 → "2.5"; at most `decimals` places, trailing zeros dropped.
    static func number(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "—" }
        let scale = pow(10.0, Double(decimals))
        let rounded = (abs(value) * scale).rounded() / scale
        var whole = Int(rounded)
        var fraction = Int(((rounded - Double(whole)) * scale).rounded())
        if fraction >= Int(scale) {
            whole += 1
            fraction = 0
        }
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        var text = (value < 0 && rounded > 0 ? "-" : "") + digits + grouped
        if fraction > 0 {
            var fractionText = String(fraction)
            fractionText = String(repeating: "0", count: max(0, decimals - fractionText.count)) + fractionText
            while fractionText.hasSuffix("0") { fractionText.removeLast() }
            text += "." + fractionText
        }
        return text
    }

    static func number(_ value: Int) -> String { number(Double(value), decimals: 0) }

    /// 2.5 → "2.5×".
    static func ratio(_ value: Double) -> String { number(value, decimals: 2) + "×" }
}
