import Readiness

/// Renders compiled templates into one buffer of UTF-8 bytes.
///
/// The context stack is one array pushed and popped in place; values are
/// `LayoutValue`s, so a lookup is a map read per stack level and
/// truthiness is a `switch`. Every `{{name}}` goes through
/// `HTMLEscaping.escape(_:into:)`.
///
/// The output is bytes, not a `String`: a page is thousands of short
/// appends, each of which a `String` checks for capacity, uniqueness and
/// ASCII-ness (a twentieth of a build's instructions), and the page goes on
/// as bytes to the passes after its layout, the link check and the disk.
/// Every piece appended is a `String`'s bytes, so the whole is valid UTF-8.
struct TemplateRenderer {
    /// Nested sections, partials and blocks render this deep at most;
    /// deeper content renders as nothing (a partial that includes itself
    /// forever stops here instead of overflowing the stack).
    static let maxDepth = 200

    let program: TemplateProgram
    private(set) var output: [UInt8] = []
    private var stack: [LayoutValue]
    private var depth = 0

    init(program: TemplateProgram, root: LayoutValue) {
        self.program = program
        stack = [root]
        stack.reserveCapacity(16)
        output.reserveCapacity(32 * 1024)
    }

    /// What the renderer carries into nested instructions besides the stack.
    struct Scope {
        /// The position when directly inside a list section (swift-mustache
        /// forgets it on entering a partial, block or non-list section).
        var position: SequencePosition?
        /// Added at each line start of a standalone partial's output.
        var indentation: String = ""
        /// Block overrides of the enclosing parents; the outermost wins.
        var overrides: [String: Range<Int>] = [:]
    }

    /// Runs the instructions of `range`, one level of a template.
    mutating func render(_ range: Range<Int>, _ scope: Scope) {
        guard depth < Self.maxDepth else { return }
        depth += 1
        defer { depth -= 1 }
        if scope.indentation.isEmpty {
            var position = range.lowerBound
            while position < range.upperBound { position = run(position, scope) }
        } else {
            renderIndented(range, scope)
        }
    }

    /// swift-mustache's indentation rule: each node's output, if not empty
    /// and starting a line of this template's output, gets the indentation
    /// first. Text nodes are single lines, so that is every line the
    /// template writes, but not the lines inside an interpolated value.
    ///
    /// Nodes render straight into the output and the indentation is put in
    /// front of a node's output afterwards, when it turns out not empty:
    /// rendering each node into a string of its own and copying it twice
    /// was most of the cost of the long tables layouts include indented.
    private mutating func renderIndented(_ range: Range<Int>, _ scope: Scope) {
        let start = output.count
        var position = range.lowerBound
        while position < range.upperBound {
            let before = output.count
            // Whether this template's output so far ends a line.
            let atLineStart = before > start && output.last == UInt8(ascii: "\n")
            position = run(position, scope)
            guard atLineStart, output.count > before else { continue }
            output.insert(contentsOf: scope.indentation.utf8, at: before)
        }
    }

    /// Runs the instruction at `position`, with the instructions it holds,
    /// and answers where the next one at its level starts.
    private mutating func run(_ position: Int, _ scope: Scope) -> Int {
        let instruction = program.instructions[position]
        let children = (position + 1)..<instruction.end
        switch instruction.operation {
        case .text:
            let text = instruction.operand..<(instruction.operand + instruction.count)
            program.bytes.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[text])) }
        case .variable:
            guard let value = resolve(program.names[instruction.operand], scope) else { break }
            if case .body(let body) = value {
                appendBody(body, escaped: instruction.escaped)
                break
            }
            let text = value.text
            if instruction.escaped {
                HTMLEscaping.escape(text, into: &output)
            } else {
                output.append(contentsOf: text.utf8)
            }
        case .section:
            renderSection(resolve(program.names[instruction.operand], scope), children, scope)
        case .inverted:
            renderInverted(resolve(program.names[instruction.operand], scope), children, scope)
        case .partial:
            let partial = program.partials[instruction.operand]
            guard let template = partial.target else { break }
            var inner = scope
            inner.position = nil
            if let indentation = partial.indentation { inner.indentation += indentation }
            if !partial.overrides.isEmpty {
                inner.overrides.merge(partial.overrides) { outer, _ in outer }
            }
            render(template, inner)
        case .block:
            let block = program.blocks[instruction.operand]
            var inner = scope
            inner.position = nil
            inner.indentation += block.indentation
            render(scope.overrides[block.name] ?? children, inner)
        }
        return instruction.end
    }

    /// A body's bytes go from the store into the page; escaped (a layout
    /// printing a body's markup as text), they are escaped from there.
    private mutating func appendBody(_ body: RenderedBody, escaped: Bool) {
        guard escaped else {
            body.appendUTF8(to: &output)
            return
        }
        HTMLEscaping.escape(body.html, into: &output)
    }

    /// `{{#name}}`: lists repeat per element, booleans show or hide, a
    /// missing value hides, anything else (even "" or 0, as in
    /// swift-mustache) shows once with the value pushed on the stack.
    private mutating func renderSection(_ value: LayoutValue?, _ children: Range<Int>, _ scope: Scope) {
        switch value {
        case .none:
            return
        case .bool(let shown):
            if shown { render(children, scope) }
        case .list(let items):
            var inner = scope
            for (index, item) in items.enumerated() {
                inner.position = SequencePosition(index: index, isLast: index == items.count - 1)
                stack.append(item)
                render(children, inner)
                stack.removeLast()
            }
        case .some(let value):
            var inner = scope
            inner.position = nil
            stack.append(value)
            render(children, inner)
            stack.removeLast()
        }
    }

    /// `{{^name}}`: shows for a missing value, `false` or an empty list.
    private mutating func renderInverted(_ value: LayoutValue?, _ children: Range<Int>, _ scope: Scope) {
        switch value {
        case .none:
            render(children, scope)
        case .bool(let shown):
            if !shown { render(children, scope) }
        case .list(let items):
            guard items.isEmpty, let value else { return }
            // swift-mustache pushed the empty list; `{{.}}` inside shows `[]`.
            var inner = scope
            inner.position = nil
            stack.append(value)
            render(children, inner)
            stack.removeLast()
        case .some:
            return
        }
    }

    /// Looks a name up on the stack and applies its transforms.
    private func resolve(_ name: TemplateName, _ scope: Scope) -> LayoutValue? {
        var value: LayoutValue?
        var applied = 0
        switch name.path {
        case .current:
            value = stack.last
        case .search(let components):
            value = search(components)
        case .anchored(let components):
            value = stack.last.flatMap { descend($0, components[...]) }
        case .sequence:
            guard let position = scope.position, let first = name.transforms.first else { return nil }
            value = TemplateTransforms.apply(first, to: position)
            applied = 1
        }
        // Most names have no transforms: no slice of them is made.
        guard name.transforms.count > applied else { return value }
        for transform in name.transforms[applied...] {
            guard let current = value else { return nil }
            value = TemplateTransforms.apply(transform, to: current)
        }
        return value
    }

    /// The first component is searched for from the top of the stack down;
    /// the rest are looked up only in what was found.
    private func search(_ components: [LayoutName]) -> LayoutValue? {
        guard let first = components.first else { return stack.last }
        // Through the buffer: each level is read in place, not copied.
        let found = stack.withUnsafeBufferPointer { levels -> LayoutValue? in
            var level = levels.count - 1
            while level >= 0 {
                if case .map(let map) = levels[level], let found = map[first] { return found }
                level -= 1
            }
            return nil
        }
        guard let found else { return nil }
        return components.count == 1 ? found : descend(found, components.dropFirst())
    }

    private func descend(_ value: LayoutValue, _ components: ArraySlice<LayoutName>) -> LayoutValue? {
        var current = value
        for component in components {
            guard let child = current.child(component) else { return nil }
            current = child
        }
        return current
    }
}
