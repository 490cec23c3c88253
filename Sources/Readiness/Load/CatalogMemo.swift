import Foundation

/// Names one built catalog: equal generations mean the same catalog, so
/// validations made against it still hold.
struct CatalogGeneration: Hashable, Sendable {
    fileprivate let value: UInt64
}

/// The catalog of the last load, kept while its descriptor files are.
///
/// A catalog's entities are a function of the descriptor files read, in
/// order, and of where each was reached from (Location targets resolve from
/// there): when the same files give the same kept parse results in the same
/// order, the entities, the indexes built over them and the problems
/// between entities (duplicates, dangling references) are the same too, and
/// indexing 10,000s of entities again would only repeat them.
final class CatalogMemo: @unchecked Sendable {
    /// One descriptor file of a load: where it was reached, and its kept parse.
    struct Source: Equatable {
        let lexical: String
        let token: ParseToken
    }

    private struct Entry {
        let sources: [Source]
        let catalog: Catalog
        let problems: [Diagnostic]
        let generation: CatalogGeneration
    }

    // Loads run one at a time, but the class is shared across threads.
    private let lock = NSLock()
    private var last: Entry?
    private var generations: UInt64 = 0

    /// The generation of the catalog kept, if any.
    var lastGeneration: CatalogGeneration? { lock.withLock { last?.generation } }

    /// The catalog of `sources` and the problems between its entities: the last load's
    /// while its sources are the same, else `build()`'s. `sources` is nil when
    /// some file's parse is not kept; then nothing is reused or kept.
    func catalog(
        for sources: [Source]?, build: () -> (Catalog, [Diagnostic])
    ) -> (catalog: Catalog, problems: [Diagnostic], generation: CatalogGeneration?) {
        if let sources, let last = lock.withLock({ last }), last.sources == sources {
            return (last.catalog, last.problems, last.generation)
        }
        let (catalog, problems) = build()
        return lock.withLock {
            guard let sources else {
                last = nil
                return (catalog, problems, nil)
            }
            generations += 1
            let generation = CatalogGeneration(value: generations)
            last = Entry(sources: sources, catalog: catalog, problems: problems, generation: generation)
            return (catalog, problems, generation)
        }
    }
}
