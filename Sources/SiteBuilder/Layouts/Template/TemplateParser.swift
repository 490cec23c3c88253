/// Compiles a template's text into a tree of `TemplateNode`s.
///
/// Follows the Mustache spec's rules for tags, sections, partials,
/// inheritance, set delimiters and standalone lines. Where the spec leaves
/// room, it does what swift-mustache (prr's engine before this one) did, so
/// that existing layouts render byte for byte as before: text is kept in
/// one-line pieces, a standalone partial's leading whitespace is written
/// before it and also indents its later lines, and a block inside a parent
/// loses the indentation of its first line from every line.
///
/// Works on UTF-8 bytes: every delimiter and whitespace rule is ASCII.
struct TemplateParser {
    /// Sections may nest this deep; deeper is a syntax error, so that a
    /// hostile layout cannot exhaust the stack.
    static let maxDepth = 200

    let bytes: [UInt8]
    var index = 0
    /// Every `{{> name}}` and `{{< name}}`, with the byte offset of its tag,
    /// in the order they appear.
    var references: [(name: String, offset: Int)] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// What a nested parse inherits from the enclosing one.
    struct State {
        /// The open section this parse ends at: its name as written, its
        /// opening tag (for messages) and where that tag starts.
        var section: (name: String, tag: String, offset: Int)?
        /// Whether the scan is at the start of a line, where standalone tags
        /// and indentation are recognised.
        var newLine = true
        /// Directly inside `{{< parent}}…{{/parent}}`: only block overrides
        /// count, text is ignored, other tags are errors.
        var parentBody = false
        /// Inside a block override of a parent.
        var inOverride = false
        /// The first line's indentation inside an override, removed from
        /// every later line (swift-mustache's reindentation).
        var overrideIndent: Int?
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var depth = 0

        func entering(_ name: String, tag: String, at offset: Int, newLine: Bool) -> State {
            var state = self
            state.section = (name, tag, offset)
            state.parentBody = false
            if !newLine { state.newLine = false }
            state.depth += 1
            return state
        }
    }

    /// Compiles the whole text.
    mutating func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        var definitions: [String: [TemplateNode]] = [:]
        return try parseNodes(State(), definitions: &definitions)
    }

    /// Parses until the end of the text or the closing tag of
    /// `state.section`. Block overrides met directly inside a parent body
    /// go to `definitions`.
    mutating func parseNodes(_ initial: State, definitions: inout [String: [TemplateNode]]) throws(TemplateSyntaxError) -> [TemplateNode] {
        var state = initial
        guard state.depth <= Self.maxDepth else {
            throw error(at: state.section?.offset ?? index, "sections nest more than \(Self.maxDepth) deep")
        }
        var nodes: [TemplateNode] = []
        // Whitespace at the start of the line, held back until we know
        // whether the tag after it is standalone.
        var indent: ArraySlice<UInt8> = []
        while index < bytes.count {
            if state.newLine {
                let blanks = readBlanks()
                if state.inOverride, !state.parentBody {
                    if let first = state.overrideIndent {
                        indent = blanks.dropFirst(first)
                    } else {
                        state.overrideIndent = blanks.count
                    }
                } else {
                    indent = blanks
                }
            }
            let (text, foundTag) = readText(state)
            if !foundTag, let length = newlineLength(at: index) {
                nodes.append(textNode(string(indent) + string(text) + string(bytes[index ..< index + length])))
                state.newLine = true
                index += length
                continue
            }
            if !text.isEmpty {
                nodes.append(textNode(string(indent) + string(text)))
                indent = []
                state.newLine = false
            }
            guard foundTag else { break }
            let tagStart = index - state.open.count
            guard index < bytes.count else { throw error(at: tagStart, "a tag is not closed") }
            let sigil = bytes[index]
            if state.parentBody, !Self.allowedInParent.contains(sigil) {
                throw error(at: tagStart, "only block overrides `{{$name}}…{{/name}}` may appear inside a parent `{{<…}}`")
            }
            var standalone = false
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                index += 1
                let name = try readName(state, tagStart: tagStart)
                standalone = isStandalone(state)
                if !standalone { flush(&indent, into: &nodes) }
                let inner = state.entering(name.source, tag: tag(String(UnicodeScalar(sigil)), name.source, state), at: tagStart, newLine: standalone)
                let children = try parseNodes(inner, definitions: &definitions)
                nodes.append(sigil == UInt8(ascii: "#") ? .section(name, children) : .inverted(name, children))

            case UInt8(ascii: "/"):
                index += 1
                let name = try readName(state, tagStart: tagStart)
                guard let open = state.section, open.name == name.source else {
                    let found = "`" + tag("/", name.source, state) + "`"
                    let message = state.section.map { "\(found) does not close `\($0.tag)`" }
                        ?? "\(found) closes a section that is not open"
                    throw error(at: tagStart, message)
                }
                if !isStandalone(state) { flush(&indent, into: &nodes) }
                return nodes

            case UInt8(ascii: "!"), UInt8(ascii: "%"):
                // Comments, and swift-mustache's pragmas, which prr ignores.
                index += 1
                guard let end = find(state.close, from: index) else {
                    throw error(at: tagStart, sigil == UInt8(ascii: "!") ? "a comment is not closed" : "a tag is not closed")
                }
                index = end + state.close.count
                standalone = isStandalone(state)

            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                flush(&indent, into: &nodes)
                index += 1
                let name = try readName(state, tagStart: tagStart, triple: sigil == UInt8(ascii: "{"))
                nodes.append(.variable(name, escaped: false))

            case UInt8(ascii: ">"), UInt8(ascii: "<"):
                index += 1
                let name = try readPartialName(state, tagStart: tagStart)
                references.append((name, tagStart))
                flush(indent, into: &nodes)
                standalone = isStandalone(state)
                if sigil == UInt8(ascii: ">") {
                    nodes.append(.partial(name, indentation: standalone ? string(indent) : nil, overrides: [:]))
                } else {
                    var body = state.entering(name, tag: tag("<", name, state), at: tagStart, newLine: true)
                    body.parentBody = true
                    body.inOverride = true
                    body.newLine = true
                    var overrides: [String: [TemplateNode]] = [:]
                    // Text inside a parent is ignored (spec); only overrides matter.
                    _ = try parseNodes(body, definitions: &overrides)
                    nodes.append(.partial(name, indentation: string(indent), overrides: overrides))
                }
                indent = []

            case UInt8(ascii: "$"):
                index += 1
                let name = try readName(state, tagStart: tagStart)
                guard name.transforms.isEmpty else {
                    throw error(at: tagStart, "a block name cannot have a transform")
                }
                // Directly inside a parent, a block is an override; elsewhere
                // it is a place an enclosing parent may override.
                if !state.parentBody { flush(indent, into: &nodes) }
                standalone = isStandalone(state)
                let inner = state.entering(name.source, tag: tag("$", name.source, state), at: tagStart, newLine: standalone)
                if state.parentBody {
                    var nested: [String: [TemplateNode]] = [:]
                    definitions[name.source] = try parseNodes(inner, definitions: &nested)
                } else {
                    let children = try parseNodes(inner, definitions: &definitions)
                    nodes.append(.block(name.source, defaultContent: children, indentation: string(indent)))
                    indent = []
                }

            case UInt8(ascii: "="):
                index += 1
                try readDelimiters(&state, tagStart: tagStart)
                standalone = isStandalone(state)

            default:
                flush(&indent, into: &nodes)
                let name = try readName(state, tagStart: tagStart)
                nodes.append(.variable(name, escaped: true))
            }
            state.newLine = standalone
        }
        if let open = state.section {
            throw error(at: open.offset, "`\(open.tag)` is never closed")
        }
        return nodes
    }

    /// Tags that may appear directly inside a parent: overrides, comments,
    /// set delimiters, and the parent's closing tag.
    private static let allowedInParent: Set<UInt8> = [
        UInt8(ascii: "$"), UInt8(ascii: "!"), UInt8(ascii: "="), UInt8(ascii: "%"), UInt8(ascii: "/"),
    ]

    /// Writes held-back indentation as text and forgets it.
    private func flush(_ indent: inout ArraySlice<UInt8>, into nodes: inout [TemplateNode]) {
        flush(indent, into: &nodes)
        indent = []
    }

    /// Writes held-back indentation as text (and keeps it, for partials and
    /// blocks that also indent with it).
    private func flush(_ indent: ArraySlice<UInt8>, into nodes: inout [TemplateNode]) {
        if !indent.isEmpty { nodes.append(textNode(string(indent))) }
    }

    /// A tag as written with the current delimiters, for messages.
    private func tag(_ sigil: String, _ name: String, _ state: State) -> String {
        string(state.open) + sigil + name + string(state.close)
    }

    /// Text as a node of its bytes. The text was decoded as a `String`
    /// first, so a layout's invalid UTF-8 is repaired here, once, and every
    /// page's bytes stay valid.
    private func textNode(_ text: String) -> TemplateNode {
        .text(Array(text.utf8))
    }

    func string(_ slice: ArraySlice<UInt8>) -> String {
        String(decoding: slice, as: UTF8.self)
    }

    func string(_ array: [UInt8]) -> String {
        String(decoding: array, as: UTF8.self)
    }

    func error(at offset: Int, _ message: String) -> TemplateSyntaxError {
        let position = TemplatePosition(of: offset, in: bytes)
        return TemplateSyntaxError(line: position.line, column: position.column, message: message)
    }
}
