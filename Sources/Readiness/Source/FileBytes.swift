import Foundation

#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Reads whole files with plain POSIX calls: faster than Foundation for many
/// small files, and every failure comes back as a reason instead of a throw.
public enum FileBytes {
    public struct Failure: Error, Sendable {
        public let reason: String
        /// The file is larger than the limit the caller set.
        public var tooLarge = false
    }

    public static func read(_ url: URL, limit: Int = Int.max) -> Result<[UInt8], Failure> {
        read(atPath: url.path, limit: limit)
    }

    public static func read(atPath path: String, limit: Int = Int.max) -> Result<[UInt8], Failure> {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait forever
        // for a writer; it has no effect on regular files.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(Failure(reason: String(cString: strerror(errno)))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(Failure(reason: String(cString: strerror(errno)))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(Failure(reason: "not a regular file")) }
        let size = Int(info.st_size)
        guard size <= limit else {
            return .failure(Failure(reason: "the file is \(size) bytes, over the limit of \(limit) bytes", tooLarge: true))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(fd, buffer.baseAddress.map { $0 + filled }, size - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(reason: String(cString: strerror(errno))))
            }
            if count == 0 { break }
            filled += count
        }
        if filled < size { bytes.removeLast(size - filled) }
        return .success(bytes)
    }
}
