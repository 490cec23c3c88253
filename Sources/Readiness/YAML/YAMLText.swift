/// Writes values into generated YAML so that they read back as the same text.
enum YAMLText {
    /// `text` as a YAML scalar: plain when that is unambiguous (`group:payments`,
    /// `payments-api`; never with spaces or a trailing colon), otherwise
    /// double-quoted with escapes.
    static func scalar(_ text: String) -> String {
        let plainSafe = text.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_" || scalar == "." || scalar == "/" || scalar == ":"
        }
        let reserved = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]
        if !text.isEmpty, plainSafe, let first = text.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first),
            !reserved.contains(text.lowercased()), !text.hasSuffix(":")
        {
            return text
        }
        return quoted(text)
    }

    /// `text` as a YAML double-quoted scalar: `\` and `"` escaped, and every
    /// control or line-breaking character written as an escape so the value
    /// stays on one line and reads back unchanged.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
                    || value == 0x2028 || value == 0x2029 || value == 0xFEFF {
                    let digits = String(value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
