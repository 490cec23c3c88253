/// Section anchors (`id` attributes) derived from heading text.
///
/// Public so that other modules can link to a review section with exactly the
/// anchor ``MarkdownDocument/renderHTML(options:)`` gives its heading.
public enum Slug {
    /// The anchor for a heading text: lowercased; letters, marks and digits
    /// (any script) kept; every other run of characters becomes one `-`;
    /// leading and trailing `-` removed; `section` when nothing is left.
    ///
    /// `"Latency & Errors (p99)"` → `"latency-errors-p99"`,
    /// `"Überwachung"` → `"überwachung"`.
    public static func make(_ text: String) -> String {
        makeASCII(text) ?? makeFromScalars(text)
    }

    /// `make` for any text, scalar by scalar.
    static func makeFromScalars(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingDash = false
        // Lowercase first (handles multi-scalar mappings such as "İ"), then
        // classify scalars: Character-level checks would be slower and would
        // treat a letter plus combining mark as one unit anyway.
        for scalar in text.lowercased().unicodeScalars {
            if isKept(scalar) {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "section" : String(result)
    }

    /// `make` for ASCII text, on bytes; nil for any other text. Headings are
    /// nearly always ASCII, and every review's headings are slugged.
    static func makeASCII(_ text: String) -> String? {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower) {
                if pendingDash && !result.isEmpty { result.append(UInt8(ascii: "-")) }
                pendingDash = false
                result.append(lower)
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "section" : String(decoding: result, as: UTF8.self)
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            // Input is already lowercased, so only a-z and 0-9 matter.
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter,
             .otherLetter, .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}

/// Hands out unique anchors within one document: the first `intro` stays
/// `intro`, later ones become `intro-2`, `intro-3`, … skipping any anchor that
/// is already taken (a heading literally titled "Intro 2", say).
struct SlugRegistry {
    private var taken: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    mutating func unique(for text: String) -> String {
        let base = Slug.make(text)
        guard taken.contains(base) else {
            taken.insert(base)
            return base
        }
        var suffix = nextSuffix[base, default: 2]
        var candidate = "\(base)-\(suffix)"
        while taken.contains(candidate) {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        nextSuffix[base] = suffix + 1
        taken.insert(candidate)
        return candidate
    }
}
