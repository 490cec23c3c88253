/// The `id`s on one page, packed into one buffer.
///
/// The link check keeps every page's ids until the last page is written,
/// since any page may link to an id on any other. A set of strings per page
/// was a tenth of a 10,000-review build's peak memory; packed, a page's ids
/// are one allocation. Lookups scan the buffer, which is short, and happen
/// only for links with a `#fragment`.
struct PageIDs: Sendable, Equatable {
    /// Each id as its UTF-8 length (LEB128) followed by its bytes.
    private var packed: [UInt8] = []

    /// No ids yet; ``append(_:)`` adds them.
    init() {}

    init(_ ids: some Collection<String>) {
        // One allocation: the lengths take one byte each up to 127.
        packed.reserveCapacity(ids.reduce(0) { $0 + $1.utf8.count + 1 })
        for id in ids { append(id.utf8) }
    }

    /// Adds an id, given as its UTF-8 bytes.
    mutating func append(_ id: some Collection<UInt8>) {
        var length = id.count
        repeat {
            let low = UInt8(length & 0x7F)
            length >>= 7
            packed.append(length == 0 ? low : low | 0x80)
        } while length != 0
        packed += id
    }

    /// Whether the page has an element with this id.
    func contains(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { wanted in
            packed.withUnsafeBufferPointer { buffer in
                var position = 0
                while position < buffer.count {
                    var length = 0, shift = 0
                    while position < buffer.count {
                        let byte = buffer[position]
                        position += 1
                        length |= Int(byte & 0x7F) << shift
                        shift += 7
                        if byte & 0x80 == 0 { break }
                    }
                    let end = min(position + length, buffer.count)
                    if length == wanted.count, wanted.elementsEqual(buffer[position..<end]) { return true }
                    position = end
                }
                return false
            }
        }
    }
}
