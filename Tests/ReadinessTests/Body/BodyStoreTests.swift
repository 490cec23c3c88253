import CPRRSystem
import Foundation
import Testing
@testable import Readiness

/// The body store gives back exactly what it was given, and when it cannot
/// take a body it keeps it in memory rather than lose it.
@Suite struct BodyStoreTests {
    /// A new empty folder, removed by the caller.
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prr-bodies-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Bodies of every shape: empty, one byte, multi-byte UTF-8 (two, three
    /// and four bytes a scalar, and a combining mark), and a large one.
    private static let samples = [
        "", "x", "<p>café — Überprüfung</p>\n", "<h2 id=\"日本語\">日本語の見出し</h2>", "<p>🚀🔥 e\u{301}</p>",
        String(repeating: "<li>ready ✓</li>\n", count: 40_000),
    ]

    @Test func givesBackExactlyTheBytesWrittenFromEveryCore() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try #require(BodyStore(folder: folder))
        let bodies = (0..<2_000).map { "\(Self.samples[$0 % Self.samples.count])<!-- \($0) -->" }
            + Self.samples
        let kept = bodies.parallelMap { store.keep($0) }
        let read = kept.parallelMap(\.html)
        #expect(read.count == bodies.count)
        for (index, html) in read.enumerated() where html != bodies[index] {
            Issue.record("body \(index) came back as \(html.utf8.count) bytes, not \(bodies[index].utf8.count)")
        }
        // Read twice: a read takes nothing out of the store.
        #expect(kept.map(\.html) == bodies)
        #expect(store.failure == nil)
    }

    /// Bytes are kept as they are when valid, and repaired as a `String`
    /// repairs them when not, so a page never gets invalid UTF-8 from the store.
    @Test func keepsBytesAndRepairsInvalidOnes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try #require(BodyStore(folder: folder))
        let inputs: [[UInt8]] = Self.samples.map { Array($0.utf8) } + [
            [0x3C, 0x70, 0x3E, 0xFE, 0x3C], Array("<p>ok</p>".utf8) + [0xE2, 0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80],
        ]
        for input in inputs {
            let body = input.withUnsafeBufferPointer { store.keep(utf8: $0) }
            let expected = String(decoding: input, as: UTF8.self)
            #expect(body.html == expected)
            #expect(body.utf8 == Array(expected.utf8))
        }
        #expect(store.failure == nil)
    }

    @Test func writesTheBodiesToItsFileAndLeavesNoFileBehind() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let named = folder.appendingPathComponent("bodies")
        let descriptor = open(named.path, O_RDWR | O_CREAT, 0o600)
        try #require(descriptor >= 0)
        let store = BodyStore(descriptor: descriptor)
        let bodies = Self.samples.map { store.keep($0) }
        let size = try FileManager.default.attributesOfItem(atPath: named.path)[.size] as? Int
        #expect(size == Self.samples.reduce(0) { $0 + $1.utf8.count })
        #expect(bodies.map(\.html) == Self.samples)

        // The store a build makes has no name at all.
        let unlinked = try #require(BodyStore(folder: folder))
        _ = unlinked.keep("<p>gone with the process</p>")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bodies"])
    }

    /// Where the file system has no O_TMPFILE, the store's file is made
    /// with a unique name and unlinked at once: nothing may be left behind.
    @Test func theSecondWayLeavesNoFileBehindEither() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let descriptor = folder.withUnsafeFileSystemRepresentation { path in
            path.map { prr_create_then_unlink_file($0) } ?? -1
        }
        try #require(descriptor >= 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let store = BodyStore(descriptor: descriptor)
        let bodies = Self.samples.parallelMap { store.keep($0) }
        #expect(bodies.map(\.html) == Self.samples)
        #expect(store.failure == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)

        let missing = folder.appendingPathComponent("missing")
        #expect(missing.withUnsafeFileSystemRepresentation { path in path.map { prr_create_then_unlink_file($0) } ?? -1 } == -1)
    }

    @Test func aFolderNoFileCanBeMadeInGivesNoStore() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("prr-missing-\(UUID().uuidString)/deeper")
        #expect(BodyStore(folder: missing) == nil)
    }

    #if os(Linux)
    @Test func aFullDiskKeepsEveryBodyInMemory() throws {
        // Writing to /dev/full fails as a full disk does (ENOSPC).
        let descriptor = open("/dev/full", O_RDWR)
        try #require(descriptor >= 0)
        let store = BodyStore(descriptor: descriptor)
        let kept = Self.samples.map { store.keep($0) }
        #expect(kept.map(\.html) == Self.samples)
        #expect(store.failure == nil)
    }
    #endif

    @Test func aBodyThatCannotBeReadBackIsReported() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Write-only: every write succeeds and every read fails.
        let descriptor = open(folder.appendingPathComponent("bodies").path, O_WRONLY | O_CREAT, 0o600)
        try #require(descriptor >= 0)
        let store = BodyStore(descriptor: descriptor)
        let body = store.keep("<p>written</p>")
        #expect(store.failure == nil)
        #expect(body.html == "")
        #expect(store.failure?.hasPrefix("cannot read back a rendered body") == true)
    }
}
