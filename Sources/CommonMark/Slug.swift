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
