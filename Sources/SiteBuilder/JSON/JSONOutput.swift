import Foundation

/// Encodes the site's machine-readable files the same way every time:
/// sorted keys, pretty-printed, `/` unescaped (URLs stay readable), keys in
/// snake_case, a trailing newline. `JSONEncoder` escapes every string
/// correctly, so content such as `"` or control characters in a message
/// cannot break the document.
enum JSONOutput {
    static func document<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        // Encoding plain structs of strings, numbers and booleans cannot fail;
        // an empty object keeps the build going if it ever did.
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
