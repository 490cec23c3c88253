/// A JSON value whose objects keep their keys in the order they were built.
///
/// The JSON and SARIF reports are written by hand rather than with
/// `JSONEncoder`: `JSONEncoder` only offers insertion order by accident and
/// `.sortedKeys` would put `diagnostics` before `version`, while the documented
/// schemas promise a fixed, readable key order. Building the tree explicitly
/// makes that order part of the code.
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    /// Members in output order. Keys are expected to be unique.
    case object([(String, JSONValue)])

    /// A string, or `null` when there is none.
    static func string(orNull value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }
}

/// Writes `JSONValue`s as pretty-printed JSON: two-space indent, `": "`
/// between key and value, empty containers as `[]` / `{}`, and a trailing
/// newline, so the output is byte-for-byte deterministic.
enum JSONWriter {
    /// The document for `value`, ending in a newline.
    static func document(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out.append("\n")
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .int(let number): out.append(String(number))
        case .string(let text): appendQuoted(text, into: &out)
        case .array(let elements):
            guard !elements.isEmpty else { out.append("[]"); return }
            out.append("[\n")
            for (index, element) in elements.enumerated() {
                pad(indent + 1, into: &out)
                write(element, indent: indent + 1, into: &out)
                out.append(index == elements.count - 1 ? "\n" : ",\n")
            }
            pad(indent, into: &out)
            out.append("]")
        case .object(let members):
            guard !members.isEmpty else { out.append("{}"); return }
            out.append("{\n")
            for (index, (key, member)) in members.enumerated() {
                pad(indent + 1, into: &out)
                appendQuoted(key, into: &out)
                out.append(": ")
                write(member, indent: indent + 1, into: &out)
                out.append(index == members.count - 1 ? "\n" : ",\n")
            }
            pad(indent, into: &out)
            out.append("}")
        }
    }

    private static func pad(_ level: Int, into out: inout String) {
        out.append(String(repeating: "  ", count: level))
    }

    /// Appends `text` as a JSON string literal.
    ///
    /// Escaped: `"` and `\`; every C0 control character (the common ones as
    /// `\n`, `\t` …, the rest as `\u00XX`); DEL; U+2028 and U+2029 (valid JSON
    /// but line terminators in older JavaScript); U+FEFF (an invisible
    /// byte-order mark that some readers, such as swift-corelibs-foundation's
    /// `JSONSerialization`, silently drop); and `<`, `>`, `&` as
    /// `\u003c` …, so a report pasted into an HTML `<script>` block cannot
    /// close it. Everything else is written as UTF-8. Swift strings hold only
    /// Unicode scalars, so there are no lone surrogates to handle.
    static func appendQuoted(_ text: String, into out: inout String) {
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            case "<", ">", "&", "\u{7F}", "\u{2028}", "\u{2029}", "\u{FEFF}":
                appendUnicodeEscape(scalar, into: &out)
            default:
                if scalar.value < 0x20 {
                    appendUnicodeEscape(scalar, into: &out)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }

    /// `\uXXXX` with four lowercase hex digits; only used for BMP scalars.
    private static func appendUnicodeEscape(_ scalar: Unicode.Scalar, into out: inout String) {
        let hex = String(scalar.value, radix: 16)
        out.append("\\u")
        out.append(String(repeating: "0", count: max(0, 4 - hex.count)))
        out.append(hex)
    }
}
