/// A compiled template and the partials it names.
struct CompiledTemplate: Sendable {
    /// A `{{> name}}` or `{{< name}}` in the template, where its tag starts.
    struct Reference: Sendable, Equatable {
        let name: String
        let line: Int
        let column: Int
    }

    let nodes: [TemplateNode]
    let references: [Reference]

    /// Compiles `text`, or throws a `TemplateSyntaxError` with its position.
    init(_ text: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(text)
        nodes = try parser.parse()
        let bytes = parser.bytes
        references = parser.references.map { reference in
            let position = TemplatePosition(of: reference.offset, in: bytes)
            return Reference(name: reference.name, line: position.line, column: position.column)
        }
    }
}

/// Named templates that can include each other as partials and parents.
struct TemplateLibrary: Sendable {
    private var program = TemplateProgram()
    /// Every part of every value name the templates use (`a` and `b` of
    /// `{{#a.b}}`), so page code can leave out values no template can reach.
    private(set) var valueNames: Set<String> = []

    init() {}

    mutating func register(_ template: CompiledTemplate, named name: String) {
        program.add(template.nodes, named: name)
        Self.collectValueNames(template.nodes, into: &valueNames)
    }

    private static func collectValueNames(_ nodes: [TemplateNode], into names: inout Set<String>) {
        func add(_ name: TemplateName) {
            switch name.path {
            case .search(let parts), .anchored(let parts): names.formUnion(parts.map(\.string))
            case .current, .sequence: break
            }
        }
        for node in nodes {
            switch node {
            case .text: break
            case .variable(let name, _): add(name)
            case .section(let name, let children), .inverted(let name, let children):
                add(name)
                collectValueNames(children, into: &names)
            case .partial(_, _, let overrides):
                for content in overrides.values { collectValueNames(content, into: &names) }
            case .block(_, let content, _): collectValueNames(content, into: &names)
            }
        }
    }

    func contains(_ name: String) -> Bool { program.templates[name] != nil }

    /// Renders the template `name` with `root` as the context, as UTF-8;
    /// nil if there is no such template.
    func render(_ name: String, _ root: LayoutValue) -> [UInt8]? {
        guard let template = program.templates[name] else { return nil }
        var renderer = TemplateRenderer(program: program, root: root)
        renderer.render(template, TemplateRenderer.Scope())
        return renderer.output
    }
}
