import Foundation

/// What a content file's parse depends on besides its bytes.
struct ParseSettings: Hashable, Sendable {
    let byteLimit: Int
    let nodeLimit: Int
    let allowRawHTML: Bool
    /// The site's address decides which body links a review keeps.
    let siteURL: String?
    /// The policy's checklist, which each review's task items are matched to.
    let checklist: [PolicyCategory]

    /// These settings for a kind of file whose parse reads no policy, so
    /// that a policy change does not parse it again.
    var withoutChecklist: ParseSettings {
        ParseSettings(byteLimit: byteLimit, nodeLimit: nodeLimit, allowRawHTML: allowRawHTML, siteURL: siteURL, checklist: [])
    }
}

/// Names one kept parse result: equal tokens mean the very same result,
/// so what was derived from it (a validation, a catalog) still holds.
struct ParseToken: Hashable, Sendable {
    fileprivate let value: UInt64
}

/// One kind of content file's parse results, by file.
final class ParseCache<Value: Sendable>: @unchecked Sendable {
    private struct Entry {
        let stamp: FileStamp
        let value: Value
        let token: ParseToken
    }

    // Guards everything below; the loader parses on every core.
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var settings: ParseSettings?
    private var lastToken: UInt64 = 0
    /// The files of the last `begin`: every entry is one of them.
    private var lastLocations: [String] = []

    /// Starts a load of `files`: forgets files that are gone, and everything
    /// when the settings changed.
    func begin(_ files: [ContentFile], settings: ParseSettings) {
        let locations = files.map(\.location)
        // The same files as last time (a rebuild after a save) have nothing
        // to forget: comparing the lists is much cheaper than hashing them.
        let sameFiles = lock.withLock { () -> Bool in
            if self.settings != settings {
                entries = [:]
                self.settings = settings
            }
            defer { lastLocations = locations }
            return locations == lastLocations
        }
        if !sameFiles { keep(only: Set(locations)) }
    }

    /// Forgets every file whose real path is not in `paths` (for loads
    /// that learn their files as they go, such as the catalog's).
    func keep(only paths: Set<String>) {
        lock.withLock { entries.removeValues(forKeysWhere: { !paths.contains($0) }) }
    }

    /// The kept result and token of each of `files` that is unchanged (nil
    /// for the others), looked up under one lock: on a rebuild nearly every
    /// file is unchanged, and taking the lock once per file from every core
    /// made the cores wait on each other. A file without the stamp of its
    /// listing is left to `lookup`, which stamps it.
    func unchanged(_ files: [ContentFile]) -> [(value: Value, token: ParseToken)?] {
        lock.withLock {
            // By index: the closure's copy of each file retained its strings.
            files.indices.map { index in
                guard let stamp = files[index].listedStamp, let entry = entries[files[index].location], entry.stamp == stamp
                else { return nil }
                return (entry.value, entry.token)
            }
        }
    }

    /// The cached result for `file` while it is unchanged, else `parse()`'s.
    func value(for file: ContentFile, parse: () -> Value) -> Value {
        lookup(file, parse: parse).value
    }

    /// `value(for:parse:)` with the token of the kept result: the same token
    /// as an earlier load's when the file is unchanged, a new one when it was
    /// parsed again, nil when the result is not kept (a file saved just now).
    func lookup(_ file: ContentFile, parse: () -> Value) -> (value: Value, token: ParseToken?) {
        let key = file.location
        // Stamped before reading, so an edit during the parse changes the
        // stamp the next build sees. The stamp holds the displayed path too:
        // results name it in their diagnostics.
        let stamp = file.listedStamp ?? FileStamp.of(key, as: file.path)
        if let stamp, let entry = lock.withLock({ entries[key] }), entry.stamp == stamp {
            return (entry.value, entry.token)
        }
        let value = parse()
        let token = lock.withLock { () -> ParseToken? in
            guard let stamp, !stamp.isRacy(at: Date()) else {
                entries[key] = nil
                return nil
            }
            lastToken += 1
            let token = ParseToken(value: lastToken)
            entries[key] = Entry(stamp: stamp, value: value, token: token)
            return token
        }
        return (value, token)
    }
}
