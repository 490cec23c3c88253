/// Writes JSON into a byte buffer exactly as `JSONEncoder` does with
/// `.sortedKeys` and `.withoutEscapingSlashes`, plus `.prettyPrinted` in the
/// ``JSONOutput/Format/pretty`` format — the bytes the site's data files have
/// always had — without `JSONEncoder`'s cost of building a tree of boxed
/// values for every element (about a tenth of a big build's CPU).
///
/// It does not sort: callers write each object's members in the byte order
/// of their snake_case keys (`acceptance` < `accepted` < `accepted_count`,
/// `open_count` < `openings`). `JSONOutputTests` holds every data file
/// against `JSONEncoder` to prove the order and the bytes.
///
/// The formats, as `JSONEncoder` writes them:
/// - pretty: members and elements each on a line indented two spaces per
///   level, `" : "` between key and value; an empty object or list is a
///   blank unindented line between its brackets (`[\n\n  ]`).
/// - compact: no white space at all; `{}` and `[]` when empty.
struct JSONStreamWriter {
    /// The document so far, UTF-8; with a sink, what is not handed on yet.
    private(set) var bytes: [UInt8] = []
    let format: JSONOutput.Format
    /// Nesting depth of the open containers, for the pretty indent.
    private var depth = 0
    /// Whether the innermost open container has no member or element yet.
    private var isEmpty = true
    /// Where the bytes go once `chunkSize` have gathered, between the
    /// elements of a list (the bulk of every data file); nil keeps them all.
    private let sink: ChunkSink?
    private let chunkSize: Int

    init(format: JSONOutput.Format, sink: ChunkSink? = nil, chunkSize: Int = 1 << 20) {
        self.format = format
        self.sink = sink
        self.chunkSize = max(1, chunkSize)
    }

    /// The document written, ending in a newline; consumes the writer so
    /// adding the newline does not copy its buffer.
    consuming func text() -> String {
        bytes.append(UInt8(ascii: "\n"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Ends the document with a newline and hands the rest to the sink.
    consuming func finish() {
        bytes.append(UInt8(ascii: "\n"))
        sink?.take(bytes)
    }

    /// Hands the bytes gathered to the sink once there are enough of them.
    private mutating func flushIfFull() {
        guard let sink, bytes.count >= chunkSize else { return }
        sink.take(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    // MARK: Containers

    /// An object whose members `members` writes with ``key(_:)`` and a value,
    /// or the `member` helpers.
    mutating func object(_ members: (inout Self) -> Void) {
        let outer = open(UInt8(ascii: "{"))
        members(&self)
        close(UInt8(ascii: "}"), restoring: outer)
    }

    /// A list of `elements`, each written by `write` as one value.
    mutating func array<Elements: Sequence>(_ elements: Elements, _ write: (inout Self, Elements.Element) -> Void) {
        let outer = open(UInt8(ascii: "["))
        for element in elements {
            separate()
            write(&self, element)
            flushIfFull()
        }
        close(UInt8(ascii: "]"), restoring: outer)
    }

    /// Starts the next member of the open object; its value must follow.
    /// Keys are prr's own snake_case names, written in code, with nothing to
    /// escape: their bytes go in as they are, where running each through the
    /// escaper was most of a member's cost.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        if format == .pretty {
            bytes += " : ".utf8
        } else {
            bytes.append(UInt8(ascii: ":"))
        }
    }

    // MARK: Values

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        JSONStreamWriter.appendEscaped(text, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func int(_ value: Int) {
        bytes += String(value).utf8
    }

    mutating func bool(_ value: Bool) {
        bytes += (value ? "true" : "false").utf8
    }

    // MARK: Members

    mutating func member(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    /// Nothing when `value` is nil: `JSONEncoder` leaves out nil optionals.
    mutating func member(_ name: StaticString, _ value: String?) {
        if let value { member(name, value) }
    }

    mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    /// Nothing when `value` is nil.
    mutating func member(_ name: StaticString, _ value: Int?) {
        if let value { member(name, value) }
    }

    mutating func member(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// A member whose value is a list of strings.
    mutating func member(_ name: StaticString, _ values: [String]) {
        key(name)
        array(values) { $0.string($1) }
    }

    // MARK: Layout

    /// Opens a container; returns the outer container's `isEmpty` for ``close(_:restoring:)``.
    private mutating func open(_ bracket: UInt8) -> Bool {
        bytes.append(bracket)
        depth += 1
        defer { isEmpty = true }
        return isEmpty
    }

    private mutating func close(_ bracket: UInt8, restoring outer: Bool) {
        depth -= 1
        if format == .pretty {
            // JSONEncoder writes an empty container as a blank, unindented line.
            if isEmpty { bytes.append(UInt8(ascii: "\n")) }
            newline()
        }
        bytes.append(bracket)
        isEmpty = outer
    }

    /// What comes before a member or element: a comma after the first, and
    /// in the pretty format a new line at the current indent.
    private mutating func separate() {
        if !isEmpty { bytes.append(UInt8(ascii: ",")) }
        isEmpty = false
        if format == .pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    // MARK: Escaping

    /// Appends `text`'s UTF-8 with JSONEncoder's escapes: `"` and `\`; `\b`,
    /// `\t`, `\n`, `\f`, `\r`; every other C0 control as `\u00xx` in
    /// lowercase hex. Everything else, DEL, U+2028, U+2029 and `/` included,
    /// stays raw. Runs without escapes are copied whole, the common case.
    static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscape(byte, to: &bytes)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }

    private static func appendEscape(_ byte: UInt8, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes += "u00".utf8
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0x0F)])
        }
    }
}
