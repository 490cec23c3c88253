import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stamps of every file and folder below a root, in a stable order.
///
/// Folders are stamped too, so a file added or removed anywhere changes the
/// result even before its own stamp is compared. Hidden entries are skipped,
/// as the content loader skips them.
public enum FileStamps {
    /// `prefix` names the root in the stamps (e.g. "content"); a missing
    /// root gives one stamp-less entry so its appearance is noticed.
    ///
    /// Files whose names `skippingFile` accepts are left out, and then
    /// folders are stamped by name and inode only: adding or removing a
    /// skipped file changes its folder's modification time too. Every other
    /// entry is listed by name anyway, so no change to them is missed.
    public static func below(_ root: URL, prefix: String, skippingFile: ((String) -> Bool)? = nil) -> [FileStamp] {
        var stamps: [FileStamp] = []
        walk(root.path, name: prefix, into: &stamps, depth: 0, skippingFile: skippingFile)
        return stamps
    }

    private static func walk(
        _ path: String, name: String, into stamps: inout [FileStamp], depth: Int, skippingFile: ((String) -> Bool)?
    ) {
        guard let stamp = FileStamp.of(path, as: name) else {
            stamps.append(FileStamp(path: name, size: -1, modified: 0, inode: 0))
            return
        }
        stamps.append(skippingFile == nil ? stamp : FileStamp(path: name, size: 0, modified: 0, inode: stamp.inode))
        // Symlinked folders and loops are the loader's business; stamping
        // follows real folders only and stops at a sane depth.
        guard depth < 64, let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        var info = stat()
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let child = path + "/" + entry
            let childName = name + "/" + entry
            if lstat(child, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                walk(child, name: childName, into: &stamps, depth: depth + 1, skippingFile: skippingFile)
            } else if skippingFile?(entry) == true {
                continue
            } else if let stamp = FileStamp.of(child, as: childName) {
                stamps.append(stamp)
            }
        }
    }
}
