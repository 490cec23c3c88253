/// A library's templates flattened into one array of plain instructions,
/// which the renderer runs.
///
/// A tree of nodes cost retains: every tag of every page copied its node
/// and the node's payload (a text's bytes, a section's children), each an
/// atomic count change, and counting references is over a quarter of a
/// build's time. Instructions are plain values: texts are ranges of one
/// byte array, names are positions in one table, and a section's children
/// are the instructions after it up to its `end`.
struct TemplateProgram: Sendable {
    enum Operation: UInt8, Sendable {
        case text, variable, section, inverted, partial, block
    }

    struct Instruction: Sendable {
        let operation: Operation
        /// For a variable: `{{name}}` escapes, `{{{name}}}` and `{{&name}}` do not.
        let escaped: Bool
        /// A text's first byte in `bytes`; a variable's or section's name in
        /// `names`; a partial's entry in `partials`; a block's in `blocks`.
        let operand: Int
        /// A text's byte count.
        let count: Int
        /// Where the next instruction at this level starts: after the
        /// children of a section or block, or the overrides of a parent.
        let end: Int
    }

    /// `{{> name}}`, or `{{< name}}` with the blocks it overrides (their
    /// contents are instructions inside the parent's).
    struct Partial: Sendable {
        let name: String
        /// The instructions of the template called `name`, when there is one.
        fileprivate(set) var target: Range<Int>?
        /// The whitespace before a standalone tag, added to every line it renders.
        let indentation: String?
        let overrides: [String: Range<Int>]
    }

    /// `{{$ name}}…{{/name}}` outside a parent; its default content is its children.
    struct Block: Sendable {
        let name: String
        let indentation: String
    }

    private(set) var instructions: [Instruction] = []
    private(set) var bytes: [UInt8] = []
    private(set) var names: [TemplateName] = []
    private(set) var partials: [Partial] = []
    private(set) var blocks: [Block] = []
    /// Each template's instructions. A template registered again gets new
    /// ones; the old stay unreached.
    private(set) var templates: [String: Range<Int>] = [:]

    /// Adds a compiled template under `name`.
    mutating func add(_ nodes: [TemplateNode], named name: String) {
        templates[name] = emit(nodes)
        // Partials are looked up once here, not at every page: a template
        // may name one registered after it, or registered again.
        for position in partials.indices { partials[position].target = templates[partials[position].name] }
    }

    @discardableResult
    private mutating func emit(_ nodes: [TemplateNode]) -> Range<Int> {
        let start = instructions.count
        for node in nodes { emit(node) }
        return start..<instructions.count
    }

    private mutating func emit(_ node: TemplateNode) {
        switch node {
        case .text(let text):
            instructions.append(Instruction(
                operation: .text, escaped: false, operand: bytes.count, count: text.count, end: instructions.count + 1))
            bytes += text
        case .variable(let name, let escaped):
            instructions.append(Instruction(
                operation: .variable, escaped: escaped, operand: names.count, count: 0, end: instructions.count + 1))
            names.append(name)
        // Each table entry is made before the children are emitted, as
        // they add entries of their own.
        case .section(let name, let children):
            names.append(name)
            emitNested(.section, operand: names.count - 1) { $0.emit(children) }
        case .inverted(let name, let children):
            names.append(name)
            emitNested(.inverted, operand: names.count - 1) { $0.emit(children) }
        case .partial(let name, let indentation, let overrides):
            let operand = partials.count
            partials.append(Partial(name: name, target: nil, indentation: indentation, overrides: [:]))
            var ranges: [String: Range<Int>] = [:]
            emitNested(.partial, operand: operand) { program in
                for block in overrides.keys.sorted() { ranges[block] = program.emit(overrides[block] ?? []) }
            }
            partials[operand] = Partial(name: name, target: nil, indentation: indentation, overrides: ranges)
        case .block(let name, let content, let indentation):
            blocks.append(Block(name: name, indentation: indentation))
            emitNested(.block, operand: blocks.count - 1) { $0.emit(content) }
        }
    }

    /// An instruction followed by what `emitChildren` emits, with its `end` after them.
    private mutating func emitNested(
        _ operation: Operation, operand: Int, _ emitChildren: (inout TemplateProgram) -> Void
    ) {
        let position = instructions.count
        instructions.append(Instruction(operation: operation, escaped: false, operand: operand, count: 0, end: position))
        emitChildren(&self)
        instructions[position] = Instruction(
            operation: operation, escaped: false, operand: operand, count: 0, end: instructions.count)
    }
}
