import CYaml  // libyaml, which Yams builds and exposes to its clients

/// Measures how deeply a YAML text nests before Yams sees it.
///
/// Yams composes documents recursively, one stack frame chain per level, and
/// parsing runs on worker threads with small stacks: a few kilobytes of `[[[[…`
/// would crash the process. Real content nests a handful of levels, so texts
/// deeper than `limit` are refused with a diagnostic instead.
///
/// The depth is measured on libyaml's event stream, which is parsed without
/// recursion, so it is exact: quoting rules (`it's`, `"a\\"`) cannot hide
/// brackets from it, as they could from a byte scan. Aliases count as deep as
/// the node they repeat, because Yams copies that node into the tree: a chain
/// of anchors each nesting the previous one is deep with little text.
enum YAMLNesting {
    static let limit = 64

    /// The line and column where nesting first exceeds `limit`, if it does.
    /// Text libyaml cannot parse is left to Yams, which reports the error
    /// (and recursed no deeper than this measure before it).
    static func firstTooDeep(_ text: String, limit: Int = limit) -> (line: Int, column: Int)? {
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
