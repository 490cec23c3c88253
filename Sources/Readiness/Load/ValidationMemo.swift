import Foundation

/// Each review's validation in the last load, reused while nothing it
/// depends on has changed.
///
/// A validation is a function of the review document, the site-wide inputs
/// of the ``ReviewValidator`` (policy, catalog, today, strict) and the
/// review's own ``ReviewInputs`` (the statuses of the reviews it depends on,
/// its findings from across the site). The document is named by its kept
/// parse result, the catalog by its generation; the rest is compared by
/// value. Anything unknown (a parse not kept, a catalog not memoised) means
/// validating again.
final class ValidationMemo: @unchecked Sendable {
    /// The inputs shared by every review of a load.
    struct Setting: Equatable {
        let policy: Policy
        let catalog: CatalogGeneration
        let today: Day
        let strict: Bool
    }

    /// A class: looking up 10,000 entries copied each one's inputs.
    private final class Entry {
        let inputs: ReviewInputs
        let validation: ReviewValidation

        init(inputs: ReviewInputs, validation: ReviewValidation) {
            self.inputs = inputs
            self.validation = validation
        }
    }

    // Guards everything below; reviews are validated on every core.
    private let lock = NSLock()
    private var setting: Setting?
    private var entries: [ParseToken: Entry] = [:]
    private var counts = (validated: 0, reused: 0)

    /// How many reviews the last load validated and how many it reused.
    var lastCounts: (validated: Int, reused: Int) { lock.withLock { counts } }

    /// Validates `reviews` on every core, reusing the last load's
    /// validation of each review whose parse, setting and inputs are
    /// unchanged. `tokens` name the reviews' kept parses, at the same
    /// positions; `setting` is nil when the load's catalog is not memoised.
    /// When `validatorReused`, the validator is the one the last load used
    /// (``SiteTablesMemo``), so a kept entry's inputs are still its inputs
    /// and are not worked out again.
    func validateAll(
        _ reviews: [ParsedReview], tokens: [ParseToken?], with validator: ReviewValidator, setting: Setting?,
        validatorReused: Bool = false
    ) -> [ReviewValidation] {
        lock.withLock {
            if self.setting != setting || setting == nil { entries = [:] }
            self.setting = setting
        }
        let reusable = setting != nil
        var results = [ReviewValidation?](repeating: nil, count: reviews.count)
        if validatorReused, reusable {
            // One lock for all the lookups: this is most of a rebuild after a save.
            lock.withLock {
                for index in reviews.indices {
                    if let token = tokens[index] { results[index] = entries[token]?.validation }
                }
            }
        }
        let remaining = reviews.indices.filter { results[$0] == nil }
        let made = remaining.parallelMap { index -> (ReviewValidation, reused: Bool) in
            let review = reviews[index], token = tokens[index]
            let inputs = validator.inputs(of: review.document)
            guard reusable, let token else { return (validator.validate(review, inputs: inputs), false) }
            if let entry = lock.withLock({ entries[token] }), entry.inputs == inputs { return (entry.validation, true) }
            let validation = validator.validate(review, inputs: inputs)
            lock.withLock { entries[token] = Entry(inputs: inputs, validation: validation) }
            return (validation, false)
        }
        for (index, result) in zip(remaining, made) { results[index] = result.0 }
        // Only this load's documents are kept: an edited file's old parse is gone.
        let current = Set(tokens.compactMap { $0 })
        let validated = made.count { !$0.reused }
        lock.withLock {
            entries.removeValues(forKeysWhere: { !current.contains($0) })
            counts = (validated, reviews.count - validated)
        }
        return results.compactMap { $0 }
    }
}
