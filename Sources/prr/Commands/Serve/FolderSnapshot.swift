import Foundation

/// The modification time and size of every file below some folders: polled
/// every few hundred milliseconds to notice edits, portably (no inotify or
/// FSEvents), at the cost of a directory walk per poll.
struct FolderSnapshot: Equatable {
    struct Stamp: Equatable {
        let modified: Date
        let size: Int
    }

    private(set) var files: [String: Stamp] = [:]

    init(folders: [URL]) {
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else { continue }
            while let url = walker.nextObject() as? URL {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                files[url.path] = Stamp(modified: values.contentModificationDate ?? .distantPast, size: values.fileSize ?? -1)
            }
        }
    }
}
