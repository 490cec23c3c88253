/// Text for XML documents (sitemap, Atom, SVG charts): the five predefined
/// entities are escaped and characters XML 1.0 forbids (most C0 controls)
/// are dropped, so any review title makes a well-formed document.
enum XMLText {
    static func escape(_ text: String) -> String {
        // Nearly every text has nothing to drop; filtering it scalar by
        // scalar anyway was a fiftieth of a build (every sitemap entry,
        // every chart label).
        let allowed = isAllAllowed(text) ? text : String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowed)))
        return HTMLEscaping.escape(allowed)
    }

    /// XML 1.0's `Char` production.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Whether every scalar of `text` is allowed, read from its UTF-8: a
    /// `String` holds no surrogates, so the only scalars XML forbids are the
    /// C0 controls (single bytes below 0x20) and U+FFFE and U+FFFF
    /// (`EF BF BE` and `EF BF BF`).
    static func isAllAllowed(_ text: String) -> Bool {
        UTF8Search.withBytes(text) { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20, byte != 0x9, byte != 0xA, byte != 0xD { return false }
                if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
                index += 1
            }
            return true
        }
    }
}
