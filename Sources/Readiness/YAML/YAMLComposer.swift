import CYaml  // libyaml, which Yams builds and exposes to its clients
import Yams

/// Composes YAML into Yams nodes in one pass over libyaml's events, measuring
/// nesting and counting nodes as it goes.
///
/// Yams' own composer recurses once per level, so a separate pass
/// (`YAMLNesting`) had to parse every text first to refuse deep nesting before
/// Yams saw it: two full libyaml parses per file. This composer keeps its own
/// stack, so it cannot overflow, and applies the same depth measure and node
/// budget to the same events. It builds the nodes Yams builds (same values,
/// tags, styles, marks and anchors) and reports problems in the same order as
/// the two passes did: nesting too deep anywhere before a syntax error wins,
/// then the first of a syntax error, an undefined alias or a document past
/// the node budget.
enum YAMLComposer {
    /// What composing a text gave.
    enum Outcome {
        case documents([Node])
        /// Nesting passed the depth limit at this 1-based line and column.
        case tooDeep(line: Int, column: Int)
        /// The documents up to the one whose root starts on this line expand past the node budget.
        case tooLarge(line: Int)
        /// libyaml or alias resolution failed: the detail and 1-based position as Yams words them.
        case syntax(detail: String, line: Int, column: Int)
        /// libyaml failed without a position (a reader or memory error).
        case unpositioned(YamlError)
    }

    /// Whether this composer can build Yams marks; when not, callers use
    /// `YAMLNesting` and Yams' composer. See `MarkLayout`.
    static let isAvailable: Bool = {
        guard MemoryLayout<Mark>.size == MemoryLayout<MarkLayout>.size,
            MemoryLayout<Mark>.alignment == MemoryLayout<MarkLayout>.alignment,
            let probe = try? Yams.compose(yaml: "\n  probe"), let yamsMark = probe.mark
        else { return false }
        let ours = unsafeBitCast(MarkLayout(line: 2, column: 3), to: Mark.self)
        let theirs = unsafeBitCast(yamsMark, to: MarkLayout.self)
        return yamsMark.line == 2 && yamsMark.column == 3 && ours.line == 2 && ours.column == 3
            && theirs.line == 2 && theirs.column == 3
    }()

    /// Yams' `Mark` has no public initialiser; it is two `Int`s, line then
    /// column. `isAvailable` checks this layout against a mark Yams made
    /// before any mark is built this way.
    private struct MarkLayout {
        var line: Int
        var column: Int
    }

    private static func mark(_ libyaml: yaml_mark_t) -> Mark {
        mark(line: Int(libyaml.line) + 1, column: Int(libyaml.column) + 1)
    }

    /// A mark at a 1-based line and column. Only once `isAvailable` is true.
    static func mark(line: Int, column: Int) -> Mark {
        unsafeBitCast(MarkLayout(line: line, column: column), to: Mark.self)
    }

    /// An open sequence or mapping.
    private struct Frame {
        var isMapping: Bool
        var tag: Tag
        var mark: Mark
        var anchor: String?
        var items: [Node] = []
        var pairs: [(Node, Node)] = []
        var key: Node?
        /// Nodes in the subtree so far, aliases expanded.
        var size = 1
        /// Collection levels of the tallest child (a scalar is 0).
        var tallestChild = 0
    }

    /// Sizes are capped so that alias bombs cannot overflow them.
    private static let sizeCap = Int.max / 4

    /// Composes every document of `yaml`. `limit` is the nesting limit,
    /// `nodeLimit` the node budget of the whole text.
    static func composeAll(_ yaml: String, limit: Int, nodeLimit: Int) -> Outcome {
        var text = yaml
        return text.withUTF8 { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return .documents([]) }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return .unpositioned(.memory) }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, base, buffer.count)
            return compose(&parser, limit: limit, nodeLimit: nodeLimit)
        }
    }

    private static func compose(_ parser: inout yaml_parser_t, limit: Int, nodeLimit: Int) -> Outcome {
        var documents: [Node] = []
        var frames: [Frame] = []
        var root: (node: Node, size: Int)?
        // Yams keeps anchors across documents; the depth measure does not.
        var anchors: [String: (node: Node, size: Int)] = [:]
        var heights: [String: Int] = [:]
        var total = 0
        // The first composing failure. It is reported unless nesting turns out
        // too deep later in the text: the depth pass used to run over all of
        // the text first. Once set, nodes are no longer built.
        var failure: Outcome?
        var event = yaml_event_t()

        /// A node (nil once composing failed) or alias is complete.
        func finished(_ node: Node?, size: Int, height: Int, anchor: String?) {
            if let anchor { heights[anchor] = height }
            if !frames.isEmpty {
                frames[frames.count - 1].tallestChild = max(frames[frames.count - 1].tallestChild, height)
            }
            guard let node else { return }
            if let anchor { anchors[anchor] = (node, size) }
            guard !frames.isEmpty else {
                root = (node, size)
                return
            }
            let top = frames.count - 1
            frames[top].size = min(frames[top].size + size, sizeCap)
            if !frames[top].isMapping {
                frames[top].items.append(node)
            } else if let key = frames[top].key {
                frames[top].pairs.append((key, node))
                frames[top].key = nil
            } else {
                frames[top].key = node
            }
        }

        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return failure ?? parserFailure(parser)
            }
            defer { yaml_event_delete(&event) }
            let start = event.start_mark
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return failure ?? .documents(documents)
            case YAML_DOCUMENT_START_EVENT:
                heights = [:]
                root = nil
            case YAML_DOCUMENT_END_EVENT:
                guard failure == nil, let (node, size) = root else { break }
                total = min(total + size, sizeCap)
                if total > nodeLimit {
                    failure = .tooLarge(line: node.mark?.line ?? 1)
                } else {
                    documents.append(node)
                }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let mapping = event.data.mapping_start
                let sequence = event.data.sequence_start
                let anchor = isMapping ? string(mapping.anchor) : string(sequence.anchor)
                let tagName: String? = isMapping
                    ? (mapping.implicit != 0 ? nil : string(mapping.tag))
                    : (sequence.implicit != 0 ? nil : string(sequence.tag))
                frames.append(Frame(isMapping: isMapping, tag: tag(tagName), mark: mark(start), anchor: anchor))
                if frames.count > limit {
                    return .tooDeep(line: Int(start.line) + 1, column: Int(start.column) + 1)
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = frames.popLast() else { return failure ?? .documents(documents) }
                // Yams reads the style from the end event, which carries none.
                var node: Node?
                if failure == nil {
                    node = frame.isMapping
                        ? .mapping(Node.Mapping(frame.pairs, frame.tag, .any, frame.mark))
                        : .sequence(Node.Sequence(frame.items, frame.tag, .any, frame.mark))
                }
                finished(node, size: frame.size, height: frame.tallestChild + 1, anchor: frame.anchor)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                var node: Node?
                if failure == nil {
                    let bytes = UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length))
                    let tagName = scalar.quoted_implicit == 1 ? Tag.Name.str.rawValue : string(scalar.tag)
                    let style = Node.Scalar.Style(rawValue: scalar.style.rawValue) ?? .any
                    node = .scalar(Node.Scalar(String(decoding: bytes, as: UTF8.self), tag(tagName), style, mark(start)))
                }
                finished(node, size: 1, height: 0, anchor: string(scalar.anchor))
            case YAML_ALIAS_EVENT:
                let name = string(event.data.alias.anchor)
                let height = name.flatMap { heights[$0] } ?? 0
                if frames.count + height > limit {
                    return .tooDeep(line: Int(start.line) + 1, column: Int(start.column) + 1)
                }
                var target: (node: Node, size: Int)?
                if failure == nil {
                    target = name.flatMap { anchors[$0] }
                    if target == nil {
                        failure = .syntax(detail: "found undefined alias",
                                          line: Int(start.line) + 1, column: Int(start.column) + 1)
                    }
                }
                finished(target?.node, size: target?.size ?? 0, height: height, anchor: nil)
            default:
                break
            }
        }
    }

    /// The tag libyaml's events give: nil is an implicit tag.
    static func tag(_ name: String?) -> Tag {
        Tag(name.map(Tag.Name.init(rawValue:)) ?? .implicit, .default, .default)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// The failure libyaml reports, worded as `YamlError` words it.
    private static func parserFailure(_ parser: yaml_parser_t) -> Outcome {
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        switch parser.error {
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
            let context = parser.context.map { String(cString: $0) }
            return .syntax(detail: context.map { "\(problem) \($0)" } ?? problem,
                           line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        case YAML_READER_ERROR:
            return .unpositioned(.reader(problem: problem, offset: nil, value: parser.problem_value, yaml: ""))
        case YAML_MEMORY_ERROR:
            return .unpositioned(.memory)
        default:
            return .unpositioned(.no)
        }
    }
}
