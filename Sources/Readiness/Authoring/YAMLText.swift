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

    /// `text` in double quotes with `\`, `"` and control characters escaped.
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
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
