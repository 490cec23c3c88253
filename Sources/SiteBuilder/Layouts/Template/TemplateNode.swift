/// A tag's name, split once at parse time so rendering never splits strings.
///
/// A class: the renderer reads a name from its program's table for every
/// tag of every page, and a reference is read in place where the name's
/// three fields would each be copied.
final class TemplateName: Sendable, Equatable {
    /// Where the lookup starts.
    enum Path: Sendable, Equatable {
        /// `{{.}}` (or an empty name): the current context.
        case current
        /// `{{a.b}}`: `a` is searched for down the context stack, then `b`
        /// is looked up in what was found (and only there, as the spec says).
        case search([LayoutName])
        /// `{{.a.b}}` (swift-mustache's extension): only the current context.
        case anchored([LayoutName])
        /// `{{index()}}` and the other transforms written without an
        /// argument: the position in the list being iterated.
        case sequence
    }

    let path: Path
    /// swift-mustache transforms, in the order they apply: `a(b(x))` is
    /// `["b", "a"]`.
    let transforms: [String]
    /// The name as written, for matching a section's closing tag.
    let source: String

    init(path: Path, transforms: [String], source: String) {
        self.path = path
        self.transforms = transforms
        self.source = source
    }

    static func == (left: TemplateName, right: TemplateName) -> Bool {
        left.path == right.path && left.transforms == right.transforms && left.source == right.source
    }
}

/// One piece of a compiled template.
///
/// Text comes in pieces of at most one line (ending with its newline), so
/// that a partial's indentation can be added at each line start the same
/// way swift-mustache added it.
///
/// The parser's output; `TemplateProgram` flattens it for the renderer.
enum TemplateNode: Sendable {
    /// UTF-8 bytes, appended to a page as they are.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`.
    case section(TemplateName, [TemplateNode])
    /// `{{^name}}…{{/name}}`.
    case inverted(TemplateName, [TemplateNode])
    /// `{{> name}}` (no overrides) or `{{< name}}…{{/name}}` with the blocks
    /// it overrides. `indentation` is set for a standalone partial: the
    /// whitespace before the tag, added to every line it renders.
    case partial(String, indentation: String?, overrides: [String: [TemplateNode]])
    /// `{{$ name}}default{{/name}}` outside a parent: a block that an
    /// enclosing `{{< parent}}` may override.
    case block(String, defaultContent: [TemplateNode], indentation: String)
}
