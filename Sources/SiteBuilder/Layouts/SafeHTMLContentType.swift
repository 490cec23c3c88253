import Mustache

/// Makes swift-mustache escape `{{value}}` with prr's scalar-based escaper.
///
/// The library's built-in HTML escaper compares Swift `Character`s, so a `"`
/// followed by a combining mark (one Character) passes through unescaped and
/// can end an attribute. Registering this type under the name `HTML` and
/// starting every layout with the `CONTENT_TYPE: HTML` pragma routes all
/// escaping through `HTMLEscaping.escape`.
struct SafeHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// The pragma put in front of every layout's text, on its first line so
    /// that line numbers in template errors stay those of the file.
    static let pragma = "{{% CONTENT_TYPE: HTML}}"

    /// Registers the content type once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(SafeHTMLContentType(), named: "HTML")
        return true
    }()
}
