import CYaml  // libyaml, which Yams builds and exposes to its clients
import Yams

/// Composes YAML into `YAMLNode`s in one pass over libyaml's events,
/// measuring nesting and counting nodes as it goes.
///
/// Yams' own composer recurses once per level, so a separate pass had to
/// parse every text first to refuse deep nesting before Yams saw it: two full
/// libyaml parses per file. (That two-pass path is now the tests' reference,
/// `YamsReference`.) This composer keeps its own
/// stack, so it cannot overflow, and applies the same depth measure and node
/// budget to the same events. It builds the trees Yams builds (same values,
/// styles, marks and anchors) and reports problems in the same order as
/// the two passes did: nesting too deep anywhere before a syntax error wins,
/// then the first of a syntax error, an undefined alias or a document past
/// the node budget.
enum YAMLComposer {
    /// What composing a text gave.
    enum Outcome {
        case documents([YAMLNode])
        /// Nesting passed the depth limit at this 1-based line and column.
        case tooDeep(line: Int, column: Int)
        /// The documents up to the one whose root starts on this line expand past the node budget.
        case tooLarge(line: Int)
        /// libyaml or alias resolution failed: the detail and 1-based position as Yams words them.
        case syntax(detail: String, line: Int, column: Int)
        /// libyaml failed without a position (a reader or memory error).
        case unpositioned(YamlError)
    }

    private static func mark(_ libyaml: yaml_mark_t) -> YAMLNode.Mark {
        YAMLNode.Mark(line: Int(libyaml.line) + 1, column: Int(libyaml.column) + 1)
    }

    /// An open sequence or mapping.
    private struct Frame {
        var isMapping: Bool
        var mark: YAMLNode.Mark
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Mapping.Pair] = []
        var key: YAMLNode?
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
        var documents: [YAMLNode] = []
        var frames: [Frame] = []
        var root: (node: YAMLNode, size: Int)?
        // Yams keeps anchors across documents; the depth measure does not.
        var anchors: [String: (node: YAMLNode, size: Int)] = [:]
        var heights: [String: Int] = [:]
        var total = 0
        // The first composing failure. It is reported unless nesting turns out
        // too deep later in the text: the depth pass used to run over all of
        // the text first. Once set, nodes are no longer built.
        var failure: Outcome?
        var event = yaml_event_t()

        /// A node (nil once composing failed) or alias is complete.
        func finished(_ node: YAMLNode?, size: Int, height: Int, anchor: String?) {
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
                frames[top].pairs.append(YAMLNode.Mapping.Pair(key, node))
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
                    failure = .tooLarge(line: node.mark.line)
                } else {
                    documents.append(node)
                }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let mapping = event.data.mapping_start
                let sequence = event.data.sequence_start
                let anchor = isMapping ? string(mapping.anchor) : string(sequence.anchor)
                frames.append(Frame(isMapping: isMapping, mark: mark(start), anchor: anchor))
                if frames.count > limit {
                    return .tooDeep(line: Int(start.line) + 1, column: Int(start.column) + 1)
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = frames.popLast() else { return failure ?? .documents(documents) }
                var node: YAMLNode?
                if failure == nil {
                    node = frame.isMapping
                        ? .mapping(YAMLNode.Mapping(frame.pairs, mark: frame.mark))
                        : .sequence(YAMLNode.Sequence(frame.items, mark: frame.mark))
                }
                finished(node, size: frame.size, height: frame.tallestChild + 1, anchor: frame.anchor)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                var node: YAMLNode?
                if failure == nil {
                    let bytes = UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length))
                    // libyaml gives a parsed scalar a style; "any" is for emitting.
                    let style = YAMLNode.Scalar.Style(rawValue: UInt8(truncatingIfNeeded: scalar.style.rawValue)) ?? .plain
                    node = .scalar(YAMLNode.Scalar(String(decoding: bytes, as: UTF8.self), style: style, mark: mark(start)))
                }
                finished(node, size: 1, height: 0, anchor: string(scalar.anchor))
            case YAML_ALIAS_EVENT:
                let name = string(event.data.alias.anchor)
                let height = name.flatMap { heights[$0] } ?? 0
                if frames.count + height > limit {
                    return .tooDeep(line: Int(start.line) + 1, column: Int(start.column) + 1)
                }
                var target: (node: YAMLNode, size: Int)?
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
