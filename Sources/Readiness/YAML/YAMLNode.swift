/// A composed YAML value and where it starts: what prr's readers walk.
///
/// prr composed into Yams' `Node` until readers had been measured: every Yams
/// node carries a `Tag` object, allocated when the node is built, retained
/// with each copy and freed with it, and a mapping copies its pairs once more
/// when it is made. No reader looks at tags (a value is read by the type its
/// field expects), so these nodes hold only what readers use: the text and
/// quoting of a scalar, the children of a collection, and every value's
/// position. Both composers (`BlockYAMLComposer`, `YAMLComposer`) build them.
public enum YAMLNode: Sendable, Equatable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    /// Where a value starts: 1-based line and column, the column counting
    /// characters, as libyaml counts them.
    public struct Mark: Sendable, Equatable {
        public let line: Int
        public let column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    /// A text value.
    public struct Scalar: Sendable, Equatable {
        /// How a scalar is written; the raw values are libyaml's.
        public enum Style: UInt8, Sendable {
            case plain = 1, singleQuoted, doubleQuoted, literal, folded
        }

        /// The value, with quotes and escapes undone.
        public let string: String
        public let style: Style
        public let mark: Mark

        public init(_ string: String, style: Style, mark: Mark) {
            self.string = string
            self.style = style
            self.mark = mark
        }
    }

    /// Keys and values in the order written, duplicates included (readers report them).
    public struct Mapping: Sendable, Equatable, RandomAccessCollection {
        public struct Pair: Sendable, Equatable {
            public let key: YAMLNode
            public let value: YAMLNode

            public init(_ key: YAMLNode, _ value: YAMLNode) {
                self.key = key
                self.value = value
            }
        }

        public let pairs: [Pair]
        public let mark: Mark

        public init(_ pairs: [Pair], mark: Mark) {
            self.pairs = pairs
            self.mark = mark
        }

        public var startIndex: Int { pairs.startIndex }
        public var endIndex: Int { pairs.endIndex }
        public subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) {
            (pairs[position].key, pairs[position].value)
        }
    }

    /// A list of values.
    public struct Sequence: Sendable, Equatable, RandomAccessCollection {
        public let items: [YAMLNode]
        public let mark: Mark

        public init(_ items: [YAMLNode], mark: Mark) {
            self.items = items
            self.mark = mark
        }

        public var startIndex: Int { items.startIndex }
        public var endIndex: Int { items.endIndex }
        public subscript(position: Int) -> YAMLNode { items[position] }
    }

    /// Where the value starts.
    public var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .mapping(let mapping): mapping.mark
        case .sequence(let sequence): sequence.mark
        }
    }
}
