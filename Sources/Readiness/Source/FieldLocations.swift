/// Where each top-level front-matter key of one file is, for findings about
/// a whole field.
///
/// A file has a dozen such keys, and every review keeps them from parse to
/// render: as a dictionary of `SourceLocation`s, each review's took over a
/// kilobyte of buckets (about 10 MB at 10,000 reviews). They are kept as a
/// small array, with the file's path once, and found by a scan.
public struct FieldLocations: Sendable, Hashable {
    private struct Entry: Sendable, Hashable {
        let key: String
        let line: Int32
        let column: Int32
    }

    /// The file every location is in.
    public let file: String
    /// Sorted by key, so equal locations compare equal whatever the order
    /// of the keys in the file, as dictionaries did.
    private var entries: [Entry] = []

    public init(file: String) {
        self.file = file
    }

    /// Records where `key` is; a key recorded again takes the later place,
    /// as a dictionary's assignment would.
    mutating func record(_ key: String, line: Int, column: Int) {
        let entry = Entry(key: key, line: Int32(clamping: line), column: Int32(clamping: column))
        let index = entries.firstIndex { !($0.key < key) } ?? entries.endIndex
        if index < entries.endIndex, entries[index].key == key {
            entries[index] = entry
        } else {
            entries.insert(entry, at: index)
        }
    }

    /// The place of `key`, nil when the front matter does not have it.
    public subscript(key: String) -> SourceLocation? {
        entries.first { $0.key == key }.map { SourceLocation(file: file, line: Int($0.line), column: Int($0.column)) }
    }
}
