@testable import SiteBuilder

/// Compiles `template` (named "main") and `partials`, and renders "main"
/// with `data` as its context.
func renderTemplate(_ template: String, _ data: LayoutValue = [:], partials: [String: String] = [:]) throws -> String {
    var library = TemplateLibrary()
    library.register(try CompiledTemplate(template), named: "main")
    for (name, text) in partials {
        library.register(try CompiledTemplate(text), named: name)
    }
    return library.render("main", data).map { String(decoding: $0, as: UTF8.self) } ?? "(no template)"
}

/// The syntax error `template` fails with, if any.
func syntaxError(_ template: String) -> TemplateSyntaxError? {
    do {
        _ = try CompiledTemplate(template)
        return nil
    } catch {
        return error
    }
}
