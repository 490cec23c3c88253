import Foundation

/// One copy of each string a load keeps, shared by every file that has it.
///
/// Reviews repeat much of what they say: alert names such as
/// `AvailabilityBudgetBurn`, owners, reviewers, dependency references,
/// failure behaviours, and the headings of the checklist's categories. A
/// string over 15 UTF-8 bytes has storage of its own, so each review used to
/// hold its own copy of each; a large site keeps every review until its
/// pages are written. Shorter strings live inside the value and are
/// returned as they are. Safe to use from every core at once.
public final class StringTable: @unchecked Sendable {
    /// A string compared by its bytes: `String`'s equality would take a
    /// decomposed `é` for a precomposed one and hand back the other spelling.
    private struct Bytes: Hashable {
        let string: String

        static func == (lhs: Bytes, rhs: Bytes) -> Bool {
            lhs.string.hasSameUTF8(as: rhs.string)
        }

        func hash(into hasher: inout Hasher) {
            var string = string
            string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// Shards by length, each with its own lock, so the cores parsing at
    /// once seldom wait for each other.
    private let shards: [Shard] = (0..<16).map { _ in Shard() }

    private final class Shard: @unchecked Sendable {
        var strings: Set<Bytes> = []
        let lock = NSLock()
    }

    public init() {}

    /// The table's copy of `string`, which becomes the copy if it has none:
    /// the same bytes, whatever other strings compare equal to it.
    public func intern(_ string: String) -> String {
        let length = string.utf8.count
        guard length > 15 else { return string }
        let shard = shards[length % shards.count]
        return shard.lock.withLock { shard.strings.insert(Bytes(string: string)).memberAfterInsert.string }
    }

    /// How many strings the table holds.
    public var count: Int {
        shards.reduce(0) { total, shard in total + shard.lock.withLock { shard.strings.count } }
    }
}
