import Foundation

#if os(Linux) && canImport(Glibc)
import Glibc

/// Watches folders recursively with inotify and reports, through `changes`,
/// each settled burst of edits once.
///
/// Unlike `FolderSnapshot` polling, an idle watch costs nothing and a save is
/// seen at once, however large the site. Hidden entries are ignored, as the
/// content loader and `FileStamps` ignore them, and so are editors' scratch
/// files (``EditorScratch``). Each folder's parent is
/// watched too, so a folder that is missing (an optional Layouts folder) or
/// removed and made again is picked up when it appears.
///
/// `init` adds every watch, so it can run before the first build and nothing
/// saved during that build is missed; events queue in the kernel until
/// `changes` is read.
final class FolderWatcher: @unchecked Sendable {
    // @unchecked: `paths` and `pending` are touched only by `init` and then
    // by the one reading thread `changes` starts; `stopped` and
    // `changedFiles` are under `lock`.

    /// What `changes` yields after a burst of events has gone quiet.
    enum Change: Sendable {
        /// Something below the folders changed; rebuild.
        case changed
        /// The watch is incomplete (a watch could not be added, e.g. the
        /// inotify watch limit); the caller must poll instead from now on.
        case failed(String)
    }

    /// How long events must stop before a rebuild: an editor's save (write a
    /// temporary file, rename it over the original) is then one rebuild.
    static let quietPeriod: Int32 = 75
    /// The longest a rebuild waits for quiet: a file written without pause
    /// (a log kept in the content folder) must not hold rebuilds off for ever.
    static let longestWait: UInt64 = 1_000_000_000

    private static let mask = UInt32(
        IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
            | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB | IN_ONLYDIR | IN_MASK_ADD)

    private let roots: [String]
    private let fd: Int32
    private let stopPipe: (read: Int32, write: Int32)
    /// Watch descriptor → the folder it watches.
    private var paths: [Int32: String] = [:]
    private var failure: String?
    private let lock = NSLock()
    private var stopped = false
    /// The files events named since `takeChangedFiles`; nil once an event
    /// could not be tied to files (a folder made, moved or removed, or
    /// events lost), until the next take.
    private var changedFiles: Set<String>? = []

    /// Watches `folders` and everything below them; nil when inotify cannot
    /// be used (no instance, or the watch limit is reached), so the caller polls.
    init?(folders: [URL]) {
        roots = folders.map { $0.standardizedFileURL.path }
        fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard fd >= 0 else { return nil }
        var ends: [Int32] = [0, 0]
        // pipe2 needs _GNU_SOURCE, which Glibc's module map leaves out.
        guard pipe(&ends) == 0 else {
            close(fd)
            return nil
        }
        stopPipe = (ends[0], ends[1])
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        for root in roots {
            addParent(of: root)
            addTree(root)
        }
        // deinit closes the descriptors.
        if failure != nil { return nil }
    }

    deinit {
        close(fd)
        close(stopPipe.read)
        close(stopPipe.write)
    }

    /// Starts the reading thread; the stream ends when `stop` is called or
    /// the consuming task is cancelled. Yields are coalesced, so edits made
    /// while the caller rebuilds give exactly one more rebuild afterwards.
    func changes() -> AsyncStream<Change> {
        let (stream, continuation) = AsyncStream.makeStream(of: Change.self, bufferingPolicy: .bufferingNewest(1))
        continuation.onTermination = { [self] _ in stop() }
        let thread = Thread { [self] in
            readLoop(continuation)
            continuation.finish()
        }
        thread.name = "prr-watch"
        thread.start()
        return stream
    }

    /// The absolute paths of the files that changed since the last call
    /// (since `init` for the first), or nil when that is not known. Taken
    /// before a rebuild loads the site: an event read after the take is in
    /// the next one, and brings another rebuild.
    func takeChangedFiles() -> Set<String>? {
        lock.withLock {
            defer { changedFiles = [] }
            return changedFiles
        }
    }

    /// Wakes the reading thread and makes it return.
    func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        stopped = true
        var byte: UInt8 = 1
        _ = write(stopPipe.write, &byte, 1)
    }

    private func readLoop(_ continuation: AsyncStream<Change>.Continuation) {
        var pending = false
        var firstEvent: UInt64 = 0
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0)]
        while true {
            fds[0].revents = 0
            fds[1].revents = 0
            // Block until an event; once one is seen, wait only for the quiet
            // period, and no longer than `longestWait` in all.
            var timeout: Int32 = -1
            if pending {
                let waited = DispatchTime.now().uptimeNanoseconds - firstEvent
                let left = waited >= Self.longestWait ? 0 : Int32((Self.longestWait - waited) / 1_000_000)
                timeout = min(Self.quietPeriod, left)
            }
            let ready = poll(&fds, 2, timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                continuation.yield(.failed("cannot wait for file events: \(String(cString: strerror(errno)))"))
                return
            }
            if fds[1].revents != 0 { return }
            if ready > 0, drain(), !pending {
                pending = true
                firstEvent = DispatchTime.now().uptimeNanoseconds
            }
            if let failure {
                continuation.yield(.failed(failure))
                return
            }
            if pending, ready == 0 || DispatchTime.now().uptimeNanoseconds - firstEvent >= Self.longestWait {
                pending = false
                continuation.yield(.changed)
            }
        }
    }

    /// Reads every queued event, watching folders that appeared; true if any
    /// event concerns the watched folders.
    private func drain() -> Bool {
        var relevant = false
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(fd, buffer, size)
            if count <= 0 { return relevant }  // EAGAIN: the queue is empty.
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let wd = buffer.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = buffer.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(buffer.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let nameStart = offset + header
                offset = nameStart + length
                guard offset <= count else { break }
                let name = length > 0 ? Self.name(buffer + nameStart, length: length) : ""
                if handle(wd: wd, mask: mask, name: name) { relevant = true }
            }
        }
    }

    private static func name(_ bytes: UnsafeMutableRawPointer, length: Int) -> String {
        let chars = bytes.assumingMemoryBound(to: UInt8.self)
        var end = 0
        while end < length, chars[end] != 0 { end += 1 }
        return String(decoding: UnsafeBufferPointer(start: chars, count: end), as: UTF8.self)
    }

    private func handle(wd: Int32, mask: UInt32, name: String) -> Bool {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost, folders made meanwhile among them: watch again.
            for root in roots { addTree(root) }
            noteChange(nil)
            return true
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            paths[wd] = nil
            return false
        }
        guard let folder = paths[wd] else { return false }
        guard !name.isEmpty else {  // The folder itself.
            guard isWatched(folder) else { return false }
            noteChange(nil)
            return true
        }
        if name.hasPrefix(".") { return false }
        if mask & UInt32(IN_ISDIR) == 0, EditorScratch.isScratch(fileNamed: name) { return false }
        let path = folder + "/" + name
        guard isWatched(path) else { return false }
        noteChange(mask & UInt32(IN_ISDIR) == 0 ? path : nil)
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                addTree(path)  // Also refreshes the paths of a folder moved within the tree.
            } else if mask & UInt32(IN_MOVED_FROM) != 0 {
                forget(below: path)  // Re-added if it was moved within the tree.
            }
        }
        return true
    }

    /// Records a changed file, or (nil) a change not tied to files.
    private func noteChange(_ file: String?) {
        lock.withLock {
            if let file { changedFiles?.insert(file) } else { changedFiles = nil }
        }
    }

    /// True if `path` is one of the roots or below one.
    private func isWatched(_ path: String) -> Bool {
        roots.contains { path == $0 || path.hasPrefix($0 == "/" ? "/" : $0 + "/") }
    }

    /// Watches the parent folder so the root's appearance is seen.
    private func addParent(of root: String) {
        let parent = (root as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != root else { return }
        let wd = inotify_add_watch(fd, parent, Self.mask)
        if wd >= 0 { paths[wd] = parent } else { note(errno, parent) }
    }

    /// Watches `path` and every real folder below it (not hidden, not through
    /// symlinks, at most 64 deep, as `FileStamps` walks).
    private func addTree(_ path: String, depth: Int = 0) {
        // The root may be a symlink; folders below are followed only if real.
        let wd = inotify_add_watch(fd, path, Self.mask | (depth == 0 ? 0 : UInt32(IN_DONT_FOLLOW)))
        guard wd >= 0 else { return note(errno, path) }
        paths[wd] = path
        guard depth < 64, let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        var info = stat()
        for entry in entries where !entry.hasPrefix(".") {
            let child = path + "/" + entry
            if lstat(child, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                addTree(child, depth: depth + 1)
            }
        }
    }

    private func forget(below path: String) {
        for (wd, folder) in paths where folder == path || folder.hasPrefix(path + "/") {
            inotify_rm_watch(fd, wd)
            paths[wd] = nil
        }
    }

    /// A folder gone or not a folder is a race with the editor, not a failure;
    /// anything else (ENOSPC, the watch limit) means the watch would be incomplete.
    private func note(_ error: Int32, _ path: String) {
        guard error != ENOENT, error != ENOTDIR, error != EACCES, failure == nil else { return }
        failure = "cannot watch '\(path)': \(String(cString: strerror(error)))"
    }
}
#endif
