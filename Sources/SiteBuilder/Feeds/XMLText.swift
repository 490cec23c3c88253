/// Text for XML documents (sitemap, Atom): the five predefined entities are
/// escaped and characters XML 1.0 forbids (most C0 controls) are dropped, so
/// any review title makes a well-formed document.
enum XMLText {
    static func escape(_ text: String) -> String {
        let allowed = String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowed)))
        return HTMLEscaping.escape(allowed)
    }

    /// XML 1.0's `Char` production.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
