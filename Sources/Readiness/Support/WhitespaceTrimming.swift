import Foundation

extension String {
    /// The text without leading and trailing `CharacterSet.whitespaces`
    /// (tab and the Unicode space separators), exactly as
    /// `trimmingCharacters(in: .whitespaces)` returns it.
    ///
    /// Foundation's version goes through UTF-16 and allocates even when there
    /// is nothing to trim, and it runs for every scalar prr reads. Ends that
    /// are ASCII, by far the common case, are decided on UTF-8 bytes here; a
    /// non-ASCII scalar at either end is left to Foundation, so the set of
    /// characters trimmed cannot drift from it.
    func trimmingHorizontalWhitespace() -> String {
        let utf8 = self.utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end {
            let byte = utf8[start]
            if byte >= 0x80 { return trimmingCharacters(in: .whitespaces) }
            guard byte == 0x20 || byte == 0x09 else { break }
            start = utf8.index(after: start)
        }
        while start < end {
            let last = utf8.index(before: end)
            let byte = utf8[last]
            if byte >= 0x80 { return trimmingCharacters(in: .whitespaces) }
            guard byte == 0x20 || byte == 0x09 else { break }
            end = last
        }
        if start == utf8.startIndex && end == utf8.endIndex { return self }
        return String(self[start..<end])
    }
}
