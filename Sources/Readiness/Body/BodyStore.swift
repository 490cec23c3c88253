import CPRRSystem
import Foundation

/// One unlinked file that holds rendered bodies between parsing and page
/// rendering, so a one-shot build does not keep every body's HTML in memory
/// (a fifth of its peak at 10,000 reviews).
///
/// The parse appends from every core; readers `pread` a body back when a
/// page, the search index or the link check needs it. Nothing here can fail
/// a build or lose a body: a body the file cannot take is kept in memory.
public final class BodyStore: @unchecked Sendable {
    private let descriptor: Int32
    // Guards `end`, `writable` and `readFailure`; the bytes themselves are
    // written and read outside it, each body in its own reserved range.
    private let lock = NSLock()
    private var end = 0
    private var writable = true
    private var readFailure: String?

    /// A store in a new unlinked file in `folder`, or nil when none can be
    /// made there (missing, read-only, out of descriptors): the caller keeps
    /// bodies in memory instead.
    public convenience init?(folder: URL) {
        let descriptor = folder.withUnsafeFileSystemRepresentation { path in
            path.map { prr_open_unlinked_file($0) } ?? -1
        }
        guard descriptor >= 0 else { return nil }
        self.init(descriptor: descriptor)
    }

    /// A store over an open descriptor it now owns (tests hand it
    /// `/dev/full` to see a full disk).
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Why a body could not be read back, if one could not; its reader got
    /// an empty body, so a build must not publish what it rendered.
    public var failure: String? {
        lock.withLock { readFailure }
    }

    /// `html`, written to the file; kept in memory when the file cannot
    /// take it (the disk is full), and from then on for every body.
    public func keep(_ html: String) -> RenderedBody {
        var contiguous = html
        return contiguous.withUTF8 { spill($0) } ?? RenderedBody(html)
    }

    /// HTML as bytes (libcmark's rendering), kept as `keep(_:)` keeps a
    /// string. Bytes that are not valid UTF-8 are repaired as a `String`
    /// repairs them, so what the store holds is always valid.
    public func keep(utf8 html: UnsafeBufferPointer<UInt8>) -> RenderedBody {
        guard UTF8Validation.isValid(html) else { return keep(String(decoding: html, as: UTF8.self)) }
        return spill(html) ?? RenderedBody(String(decoding: html, as: UTF8.self))
    }

    /// Valid UTF-8, written to the file; nil when the file cannot take it.
    private func spill(_ bytes: UnsafeBufferPointer<UInt8>) -> RenderedBody? {
        guard !bytes.isEmpty, let offset = reserve(bytes.count) else { return nil }
        guard write(bytes, at: offset) else {
            lock.withLock { writable = false }
            return nil
        }
        return RenderedBody(spilledAt: offset, length: bytes.count, in: self)
    }

    /// The body at `offset`: exactly the bytes `keep` wrote. They came
    /// from a `String` or were checked, so they are valid UTF-8 and are not
    /// checked again:
    /// validating every body on every read was a hundredth of a build. When
    /// the read fails, the body is empty and the failure is kept for `failure`.
    func read(at offset: Int, length: Int) -> [UInt8] {
        var problem: String?
        let bytes = [UInt8](unsafeUninitializedCapacity: length) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            while initialized < length {
                let count = pread(descriptor, base + initialized, length - initialized, off_t(offset + initialized))
                if count > 0 {
                    initialized += count
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    problem = count < 0 ? String(cString: strerror(errno)) : "the file ended early"
                    break
                }
            }
        }
        guard let problem else { return bytes }
        lock.withLock { readFailure = readFailure ?? "cannot read back a rendered body: \(problem)" }
        return []
    }

    /// A range of `count` bytes at the file's end for one body, or nil once
    /// the file has failed a write.
    private func reserve(_ count: Int) -> Int? {
        lock.withLock {
            guard writable else { return nil }
            end += count
            return end - count
        }
    }

    private func write(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var done = 0
        while done < bytes.count {
            let count = pwrite(descriptor, base + done, bytes.count - done, off_t(offset + done))
            if count > 0 {
                done += count
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }
}
