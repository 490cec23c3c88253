import CYaml  // libyaml, which Yams builds and exposes to its clients
import Yams
@testable import Readiness

/// The reference the composers are held to: Yams' own composer, after a
/// separate pass over libyaml's events that refuses deep nesting (Yams
/// recurses once per level). This was prr's only path before `YAMLComposer`;
/// its nodes are turned into `YAMLNode`s to compare.
enum YamsReference {
    static func composeAll(
        _ yaml: String, file: String, lineOffset: Int = 0, nodeLimit: Int = YAMLDocuments.defaultNodeLimit
    ) -> Result<[YAMLNode], Diagnostic> {
        if let deep = firstTooDeep(yaml) {
            return .failure(YAMLDocuments.tooDeep(file: file, line: deep.line + lineOffset, column: deep.column))
        }
        do {
            var nodes: [YAMLNode] = []
            var budget = nodeLimit
            // Yams' `compose_all` sequence swallows errors after the first
            // document, so documents are pulled from the parser one by one.
            let parser = try Parser(yaml: yaml)
            while let node = try parser.nextRoot() {
                guard consume(node, budget: &budget) else {
                    return .failure(YAMLDocuments.tooLarge(
                        nodeLimit: nodeLimit, file: file, line: (node.mark?.line ?? 1) + lineOffset))
                }
                nodes.append(YAMLNode(node))
            }
            return .success(nodes)
        } catch let error as YamlError {
            return .failure(YAMLDocuments.diagnostic(for: error, file: file, lineOffset: lineOffset))
        } catch {
            return .failure(Diagnostic(
                .error, "yaml-syntax", "the YAML cannot be read: \(error)",
                at: SourceLocation(file: file, line: lineOffset + 1, column: 1)))
        }
    }

    /// Counts nodes down from `budget`; false once it runs out. Aliases are
    /// already expanded by Yams into shared copies.
    private static func consume(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .scalar:
            return true
        case .sequence(let sequence):
            for child in sequence where !consume(child, budget: &budget) { return false }
            return true
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard consume(key, budget: &budget), consume(value, budget: &budget) else { return false }
            }
            return true
        }
    }

    /// The line and column where nesting first exceeds `limit`, if it does.
    /// Text libyaml cannot parse is left to Yams, which reports the error
    /// (and recursed no deeper than this measure before it).
    static func firstTooDeep(_ text: String, limit: Int = YAMLNesting.limit) -> (line: Int, column: Int)? {
        guard !text.isEmpty else { return nil }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return scan(&parser, limit: limit)
        }
    }

    /// One open collection: its anchor and the height of its tallest child.
    private struct Open {
        var anchor: String?
        var tallestChild = 0
    }

    private static func scan(_ parser: inout yaml_parser_t, limit: Int) -> (line: Int, column: Int)? {
        var open: [Open] = []
        // Collection levels in the subtree each anchor names (a scalar is 0).
        var heights: [String: Int] = [:]
        var event = yaml_event_t()
        func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            anchor.map { String(cString: $0) }
        }
        func finished(_ height: Int, anchor: String?) {
            if let anchor { heights[anchor] = height }
            if !open.isEmpty { open[open.count - 1].tallestChild = max(open[open.count - 1].tallestChild, height) }
        }
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
            defer { yaml_event_delete(&event) }
            let mark = (line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_DOCUMENT_START_EVENT:
                heights = [:]  // anchors do not cross documents
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchor = event.type == YAML_SEQUENCE_START_EVENT
                    ? name(event.data.sequence_start.anchor) : name(event.data.mapping_start.anchor)
                open.append(Open(anchor: anchor))
                if open.count > limit { return mark }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return nil }
                finished(closed.tallestChild + 1, anchor: closed.anchor)
            case YAML_SCALAR_EVENT:
                finished(0, anchor: name(event.data.scalar.anchor))
            case YAML_ALIAS_EVENT:
                let height = name(event.data.alias.anchor).flatMap { heights[$0] } ?? 0
                if open.count + height > limit { return mark }
                finished(height, anchor: nil)
            default:
                break
            }
        }
    }
}

extension YAMLNode {
    /// A Yams node as prr's node: the same text, style, position and children.
    init(_ node: Node) {
        let mark = Mark(line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
        switch node {
        case .scalar(let scalar):
            let style = Scalar.Style(rawValue: UInt8(scalar.style.rawValue)) ?? .plain
            self = .scalar(Scalar(scalar.string, style: style, mark: mark))
        case .sequence(let sequence):
            self = .sequence(Sequence(sequence.map(YAMLNode.init), mark: mark))
        case .mapping(let mapping):
            self = .mapping(Mapping(mapping.map { Mapping.Pair(YAMLNode($0.key), YAMLNode($0.value)) }, mark: mark))
        }
    }
}
