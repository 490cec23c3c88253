import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The size, modification time and inode of a file: what tells, without
/// reading it, that a file is not the one a previous build read.
public struct FileStamp: Codable, Hashable, Sendable {
    public let path: String
    public let size: Int64
    /// Modification time in nanoseconds since the epoch.
    public let modified: Int64
    public let inode: UInt64

    public init(path: String, size: Int64, modified: Int64, inode: UInt64) {
        self.path = path
        self.size = size
        self.modified = modified
        self.inode = inode
    }

    /// The stamp of the file at `path` (of its target, for a symlink, so an
    /// edit through the link is seen), or nil when it cannot be examined.
    public static func of(_ path: String, as name: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 || lstat(path, &info) == 0 else { return nil }
        return FileStamp(info, as: name)
    }

    /// The stamp of a file already examined.
    init(_ info: stat, as name: String) {
        self.init(path: name, size: Int64(info.st_size), modified: Self.nanoseconds(info), inode: UInt64(info.st_ino))
    }

    /// Whether the file was modified so recently (`window` before `time`)
    /// that a later edit within the file system's timestamp resolution could
    /// leave this stamp unchanged: what was read then must not be trusted later.
    public func isRacy(at time: Date, window: TimeInterval = 2) -> Bool {
        modified >= Int64((time.timeIntervalSince1970 - window) * 1_000_000_000)
    }

    private static func nanoseconds(_ info: stat) -> Int64 {
        #if canImport(Darwin)
        return Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }
}
