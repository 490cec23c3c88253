@testable import SiteBuilder

/// Compiles `template` (named "main") and `partials`, and renders "main"
/// with `data` converted as `LayoutSet.render` converts a page.
func renderTemplate(_ template: String, _ data: [String: Any] = [:], partials: [String: String] = [:]) throws -> String {
    var library = TemplateLibrary()
    library.register(try CompiledTemplate(template), named: "main")
    for (name, text) in partials {
        library.register(try CompiledTemplate(text), named: name)
    }
    return library.render("main", LayoutValue(data) ?? .map([:])) ?? "(no template)"
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
