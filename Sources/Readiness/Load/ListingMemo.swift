import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The last listing of each content folder, kept so that a rebuild told
/// which files changed (by `prr serve`'s file watcher) examines only those
/// instead of listing and `lstat`ing every file: at 10,000 reviews the full
/// listing was a quarter of a rebuild after a save.
///
/// A kept listing is used only when it is certain to equal a fresh one: it
/// met no symbolic link (a watcher does not see changes through one) and no
/// problem, and every changed path is a file that was listed and still is a
/// plain file (its stamp is taken again), was listed and is gone, or would
/// not be listed. Anything else, a new file among them, lists the folder again.
final class ListingMemo: @unchecked Sendable {
    private struct Kept {
        var files: [ContentFile]
        /// Each file's position in `files`, by location: made by the first
        /// update, since a serve that polls never updates.
        var positions: [String: Int]?
    }

    // Guards `kept`; a load lists from one thread, but a cache is shared.
    private let lock = NSLock()
    private var kept: [String: Kept] = [:]

    /// `folder.files(in:extensions:)`, reusing the last listing when
    /// `changedFiles` (absolute paths of the files that may have changed
    /// since that listing was made, nil when unknown) allows it.
    func files(
        _ folder: ContentFolder, in relative: String, extensions: Set<String>, changedFiles: Set<String>?
    ) -> (files: [ContentFile], diagnostics: [Diagnostic]) {
        let key = ([folder.root.path, folder.displayRoot, relative] + extensions.sorted()).joined(separator: "\0")
        let start = folder.root.appendingPathComponent(relative).path
        if let changedFiles, let last = lock.withLock({ kept[key] }),
           let updated = Self.update(last, start: start, extensions: extensions, changedFiles: changedFiles) {
            lock.withLock { kept[key] = updated }
            return (updated.files, [])
        }
        let listing = folder.listing(in: relative, extensions: extensions)
        lock.withLock { kept[key] = listing.isPlain ? Kept(files: listing.files) : nil }
        return (listing.files, listing.diagnostics)
    }

    /// `last` with each changed path examined again, or nil when the folder
    /// must be listed again.
    private static func update(_ last: Kept, start: String, extensions: Set<String>, changedFiles: Set<String>) -> Kept? {
        var updated = last
        let positions = last.positions ?? Self.positions(of: last.files)
        updated.positions = positions
        var removed: [Int] = []
        for path in changedFiles {
            // The folder itself, or a folder above it, replaced.
            if path == start || start.hasPrefix(path + "/") { return nil }
            guard path.hasPrefix(start + "/") else { continue }
            var info = stat()
            let exists = lstat(path, &info) == 0
            if exists, (info.st_mode & S_IFMT) != S_IFREG { return nil }
            if let position = positions[path] {
                let file = last.files[position]
                if exists {
                    updated.files[position] = ContentFile(
                        location: file.location, path: file.path, listedStamp: FileStamp(info, as: file.path))
                } else {
                    removed.append(position)
                }
            } else if exists, extensions.contains(ContentFolder.pathExtension(of: (path as NSString).lastPathComponent)) {
                return nil  // A new file: its place in the order is the listing's to find.
            }
        }
        guard !removed.isEmpty else { return updated }
        let gone = Set(removed)
        updated.files = updated.files.indices.filter { !gone.contains($0) }.map { updated.files[$0] }
        updated.positions = Self.positions(of: updated.files)
        return updated
    }

    private static func positions(of files: [ContentFile]) -> [String: Int] {
        Dictionary(files.enumerated().map { ($1.location, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
