import Foundation

/// The ``SiteTables`` of the last load, reused while everything they are
/// made from is unchanged.
///
/// Tables are a function of their ``SiteTables/Inputs``. Reviews are
/// compared by their front matter (a document's `review`, whose body is
/// empty once parsed), retrospectives whole, the catalog by its generation
/// (a catalog not memoised never matches) and the rest by value. At 10,000
/// reviews making the tables was most of a `prr serve` rebuild after a
/// save; comparing the inputs takes a few milliseconds, most documents
/// being the very objects of the last load.
final class SiteTablesMemo: @unchecked Sendable {
    private struct Key {
        let inputs: SiteTables.Inputs
        let catalog: CatalogGeneration

        func matches(_ other: Key) -> Bool {
            let (mine, theirs) = (inputs, other.inputs)
            guard catalog == other.catalog, mine.today == theirs.today, mine.strict == theirs.strict,
                  mine.reviews.count == theirs.reviews.count, mine.retrospectives.count == theirs.retrospectives.count,
                  mine.policy == theirs.policy else { return false }
            return zip(mine.reviews, theirs.reviews).allSatisfy { $0 === $1 || $0.review == $1.review }
                && zip(mine.retrospectives, theirs.retrospectives).allSatisfy { $0 == $1 }
        }
    }

    // Guards everything below; loads do not overlap, but the memo is shared.
    private let lock = NSLock()
    private var last: (key: Key, tables: SiteTables)?
    private var reused = false

    /// Whether the last load reused the tables of the one before.
    var lastReused: Bool { lock.withLock { reused } }

    /// The tables for `inputs`: the last load's when its inputs match, and
    /// whether they were; `catalog` is nil when the catalog is not memoised.
    func tables(for inputs: SiteTables.Inputs, catalog: CatalogGeneration?) -> (tables: SiteTables, reused: Bool) {
        guard let catalog else {
            lock.withLock { (last, reused) = (nil, false) }
            return (SiteTables(inputs), false)
        }
        let key = Key(inputs: inputs, catalog: catalog)
        if let last = lock.withLock({ last }), last.key.matches(key) {
            // The new documents are kept, so the next comparison finds them identical.
            lock.withLock { (self.last, reused) = ((key, last.tables), true) }
            return (last.tables, true)
        }
        let tables = SiteTables(inputs)
        lock.withLock { (last, reused) = ((key, tables), false) }
        return (tables, false)
    }
}
