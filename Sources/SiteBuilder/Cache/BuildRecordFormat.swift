import Readiness

/// How a build record is kept on disk: each field in turn, a number as
/// decimal digits and a string as its UTF-8 length and bytes, every field
/// ended by a newline.
///
/// A no-change `prr build` reads the record and nothing else, and a large
/// site's record holds tens of thousands of diagnostics and file stamps:
/// decoding it with `JSONDecoder` was four fifths of such a build. Lengths make
/// any string safe to store without escaping, and reading is one pass over
/// the bytes. A record that does not read to the end exactly (another
/// format, a truncated file) reads as nil, and the build runs in full.
enum BuildRecordFormat {
    /// The first line of every record; a new shape gets a new one.
    static let header = "prr build record 2\n"

    static func encode(_ record: BuildCache.Record) -> [UInt8] {
        var writer = Writer()
        writer.bytes += header.utf8
        let fingerprint = record.fingerprint
        writer.list(fingerprint.tool) { $0.string($1) }
        writer.list(fingerprint.options) { $0.string($1) }
        writer.list(fingerprint.inputs) { $0.stamp($1) }
        writer.int(fingerprint.output == nil ? 0 : 1)
        if let output = fingerprint.output { writer.stamp(output) }
        writer.list(record.diagnostics) { writer, diagnostic in
            writer.string(diagnostic.severity.rawValue)
            writer.string(diagnostic.kind.rawValue)
            writer.string(diagnostic.ruleID)
            writer.string(diagnostic.message)
            writer.string(diagnostic.location.file)
            writer.int(diagnostic.location.line)
            writer.int(diagnostic.location.column)
            writer.int(diagnostic.hint == nil ? 0 : 1)
            if let hint = diagnostic.hint { writer.string(hint) }
        }
        writer.int(record.reviewCount)
        writer.int(record.pagesWritten)
        return writer.bytes
    }

    static func decode(_ bytes: [UInt8]) -> BuildCache.Record? {
        bytes.withUnsafeBufferPointer { buffer in
            guard buffer.starts(with: header.utf8) else { return nil }
            var reader = Reader(bytes: buffer, position: header.utf8.count)
            return reader.record()
        }
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func int<Number: BinaryInteger>(_ number: Number) {
            bytes += String(number).utf8
            bytes.append(UInt8(ascii: "\n"))
        }

        mutating func string(_ string: String) {
            int(string.utf8.count)
            bytes += string.utf8
            bytes.append(UInt8(ascii: "\n"))
        }

        /// The count, then each item.
        mutating func list<Item>(_ items: [Item], _ write: (inout Writer, Item) -> Void) {
            int(items.count)
            for item in items { write(&self, item) }
        }

        mutating func stamp(_ stamp: FileStamp) {
            string(stamp.path)
            int(stamp.size)
            int(stamp.modified)
            int(stamp.inode)
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position: Int

        mutating func record() -> BuildCache.Record? {
            guard let tool = list({ $0.string() }), let options = list({ $0.string() }),
                  let inputs = list({ $0.stamp() }), let hasOutput = flag()
            else { return nil }
            var output: FileStamp?
            if hasOutput {
                guard let stamp = stamp() else { return nil }
                output = stamp
            }
            guard let diagnostics = list({ $0.diagnostic() }), let reviewCount = int(Int.self),
                  let pagesWritten = int(Int.self), position == bytes.count
            else { return nil }
            return BuildCache.Record(
                fingerprint: BuildFingerprint(tool: tool, options: options, inputs: inputs, output: output),
                diagnostics: diagnostics, reviewCount: reviewCount, pagesWritten: pagesWritten)
        }

        private mutating func diagnostic() -> Diagnostic? {
            guard let severity = string().flatMap(Severity.init(rawValue:)),
                  let kind = string().flatMap(Diagnostic.Kind.init(rawValue:)),
                  let ruleID = string(), let message = string(), let file = string(),
                  let line = int(Int.self), let column = int(Int.self), let hasHint = flag()
            else { return nil }
            var hint: String?
            if hasHint {
                guard let text = string() else { return nil }
                hint = text
            }
            return Diagnostic(
                severity, ruleID, message, at: SourceLocation(file: file, line: line, column: column), hint: hint,
                kind: kind)
        }

        private mutating func stamp() -> FileStamp? {
            guard let path = string(), let size = int(Int64.self), let modified = int(Int64.self),
                  let inode = int(UInt64.self)
            else { return nil }
            return FileStamp(path: path, size: size, modified: modified, inode: inode)
        }

        /// A count, then that many items read by `item`.
        private mutating func list<Item>(_ item: (inout Reader) -> Item?) -> [Item]? {
            guard let count = count() else { return nil }
            var items: [Item] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                guard let next = item(&self) else { return nil }
                items.append(next)
            }
            return items
        }

        /// A count, which no record holds more of than it has bytes.
        private mutating func count() -> Int? {
            int(Int.self).flatMap { (0...bytes.count).contains($0) ? $0 : nil }
        }

        private mutating func flag() -> Bool? {
            switch int(Int.self) {
            case 0: return false
            case 1: return true
            default: return nil
            }
        }

        /// Digits (after a `-` for a signed type) and a newline.
        private mutating func int<Number: FixedWidthInteger>(_ type: Number.Type) -> Number? {
            guard let end = line() else { return nil }
            let digits = UnsafeBufferPointer(rebasing: bytes[position..<end])
            position = end + 1
            return Number(String(decoding: digits, as: UTF8.self))
        }

        private mutating func string() -> String? {
            guard let count = count(), position + count < bytes.count, bytes[position + count] == UInt8(ascii: "\n")
            else { return nil }
            let string = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<(position + count)]), as: UTF8.self)
            position += count + 1
            return string
        }

        /// Where the line that starts at `position` ends.
        private func line() -> Int? {
            UTF8Search.firstIndex(of: UInt8(ascii: "\n"), in: bytes, from: position)
        }
    }
}
