/// Backstage's default rules for the parts of an entity reference.
///
/// Only ASCII counts: `é` is not a letter here, exactly as in Backstage's
/// validators, so a name that passes here is accepted by Backstage too.
public enum EntityNameRules {
    /// The longest name, namespace or kind Backstage accepts.
    public static let maximumLength = 63

    /// A name: 1–63 characters of `[a-zA-Z0-9]` and the separators `-_.`,
    /// starting and ending with a letter or digit (`visits-tracking-service`,
    /// `CircleciBuildsDumpV2_avro_gcs`).
    public static func isValidName(_ text: String) -> Bool {
        isValid(text, allowed: isNameByte)
    }

    /// A namespace: 1–63 characters of `[a-zA-Z0-9]` separated by `-`,
    /// starting and ending with a letter or digit (`payment`, `tracking-services`).
    public static func isValidNamespace(_ text: String) -> Bool {
        isValid(text) { isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    /// A kind: 1–63 ASCII letters and digits, starting with a letter (`Component`).
    public static func isValidKind(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLetter(first) else { return false }
        return text.utf8.count <= maximumLength && text.utf8.allSatisfy(isAlphanumeric)
    }

    /// Why a name is not valid, in words, for a diagnostic's message.
    public static func problem(withName text: String) -> String {
        if text.isEmpty { return "it is empty" }
        if text.utf8.count > maximumLength { return "it is \(text.utf8.count) characters long, over \(maximumLength)" }
        if let bad = text.unicodeScalars.first(where: { !$0.isASCII || !isNameByte(UInt8($0.value)) }) {
            return bad == " " ? "it contains a space" : "it contains `\(bad)`"
        }
        return "it must start and end with a letter or digit"
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }

    private static func isValid(_ text: String, allowed: (UInt8) -> Bool) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last, bytes.count <= maximumLength else { return false }
        return isAlphanumeric(first) && isAlphanumeric(last) && bytes.allSatisfy(allowed)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
