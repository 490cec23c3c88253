import Foundation
import Testing

/// WCAG AA contrast of the default theme's colours, light and dark, read
/// from `Layouts/style.css` itself.
@Suite struct PaletteContrastTests {
    static func palettes() throws -> [[String: String]] {
        let css = try String(contentsOf: ReaderFixture.layoutsFolder.appendingPathComponent("style.css"), encoding: .utf8)
        var palettes: [[String: String]] = []
        var rest = Substring(css)
        while let start = rest.range(of: ":root {") {
            let block = rest[start.upperBound...].prefix { $0 != "}" }
            var palette: [String: String] = [:]
            for declaration in block.split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                if parts.count == 2, parts[0].hasPrefix("--"), parts[1].hasPrefix("#") { palette[String(parts[0].dropFirst(2))] = parts[1] }
            }
            palettes.append(palette)
            rest = rest[start.upperBound...]
        }
        return palettes
    }

    static func luminance(_ hex: String) -> Double? {
        guard hex.count == 7, let value = Int(hex.dropFirst(), radix: 16) else { return nil }
        let bytes: [Int] = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF]
        let channels: [Double] = bytes.map { byte in
            let channel = Double(byte) / 255
            return channel <= 0.03928 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func ratio(_ a: String, _ b: String) -> Double? {
        guard let x = luminance(a), let y = luminance(b) else { return nil }
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func textColoursMeetAAOnTheirBackgrounds() throws {
        let palettes = try Self.palettes()
        #expect(palettes.count == 2, "expected a light and a dark palette")
        let foregrounds = ["fg", "muted", "link", "ok-fg", "warn-fg", "err-fg", "info-fg", "t1", "t2", "t3"]
        var pairs = foregrounds.flatMap { [($0, "bg"), ($0, "panel")] }
        pairs += ["ok", "warn", "err", "info"].map { ($0 + "-fg", $0 + "-bg") }
        pairs += [("bg", "link")]  // search buttons
        for (index, palette) in palettes.enumerated() {
            for (foreground, background) in pairs {
                let ratio = try #require(Self.ratio(palette[foreground] ?? "", palette[background] ?? ""),
                                         "palette \(index) lacks --\(foreground) or --\(background)")
                #expect(ratio >= 4.5, "palette \(index): --\(foreground) on --\(background) is \(ratio):1")
            }
        }
    }

    @Test func ratioMatchesWCAGReferenceValues() {
        #expect(abs((Self.ratio("#000000", "#ffffff") ?? 0) - 21) < 0.01)
        #expect(abs((Self.ratio("#777777", "#ffffff") ?? 0) - 4.48) < 0.01)
    }
}
