import Foundation

/// Parse results of content files kept between the builds of one process
/// (`prr serve`), so a rebuild parses only the files that changed.
///
/// A result is reused while its file's stamp (size, modification time,
/// inode) and the parse settings are unchanged. A file modified in the last
/// two seconds is parsed but its result not kept: an edit within the file
/// system's timestamp resolution could leave its stamp as it was.
public final class LoadCache: Sendable {
    let reviews = ParseCache<(ReviewDocument?, [Diagnostic])>()
    let retrospectives = ParseCache<(RetrospectiveDocument?, [Diagnostic])>()
    /// Catalog descriptor files, by the path they were reached by.
    let catalog = ParseCache<Result<ParsedCatalogFile, Diagnostic>>()

    public init() {}
}

/// What a content file's parse depends on besides its bytes.
struct ParseSettings: Hashable, Sendable {
    let byteLimit: Int
    let nodeLimit: Int
    let allowRawHTML: Bool
}

/// One kind of content file's parse results, by file.
final class ParseCache<Value: Sendable>: @unchecked Sendable {
    private struct Entry {
        let stamp: FileStamp
        let value: Value
    }

    // Guards everything below; the loader parses on every core.
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var settings: ParseSettings?

    /// Starts a load of `files`: forgets files that are gone, and everything
    /// when the settings changed.
    func begin(_ files: [ContentFile], settings: ParseSettings) {
        lock.withLock {
            if self.settings != settings {
                entries = [:]
                self.settings = settings
            }
        }
        keep(only: Set(files.map(\.url.path)))
    }

    /// Forgets every file whose real path is not in `paths` (for loads
    /// that learn their files as they go, such as the catalog's).
    func keep(only paths: Set<String>) {
        lock.withLock { entries = entries.filter { paths.contains($0.key) } }
    }

    /// The cached result for `file` while it is unchanged, else `parse()`'s.
    func value(for file: ContentFile, parse: () -> Value) -> Value {
        let key = file.url.path
        // Stamped before reading, so an edit during the parse changes the
        // stamp the next build sees. The stamp holds the displayed path too:
        // results name it in their diagnostics.
        let stamp = FileStamp.of(key, as: file.path)
        if let stamp, let entry = lock.withLock({ entries[key] }), entry.stamp == stamp {
            return entry.value
        }
        let value = parse()
        lock.withLock {
            if let stamp, !stamp.isRacy(at: Date()) {
                entries[key] = Entry(stamp: stamp, value: value)
            } else {
                entries[key] = nil
            }
        }
        return value
    }
}
