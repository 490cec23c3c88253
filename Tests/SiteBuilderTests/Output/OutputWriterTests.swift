import Foundation
import Testing
@testable import SiteBuilder

/// The writer joins page paths to its staging folder as text; these pin
/// which paths it takes and where their files land.
@Suite struct OutputWriterTests {
    @Test(arguments: [
        "index.html", "reviews/checkout-api.html", "a/b/c/d.html", ".prr-output", "..html", "...", "a/.../b",
        "reviews/..data.json", "teams/café.html",
    ])
    func aPathInsideTheOutputIsSafe(_ path: String) {
        #expect(OutputWriter.isSafeRelativePath(path))
    }

    @Test(arguments: [
        "", "/etc/passwd", "../escape.html", "reviews/../../escape.html", "reviews/..", "..", ".", "./index.html",
        "reviews/./a.html", "reviews//a.html", "reviews/", "/", "a\0b.html", "reviews/\0",
        // Read as Characters, `/` and a combining mark after it are one
        // Character, so `../\u{301}x` had no `..` part; the file system
        // splits at the `/` byte and climbs out all the same.
        "../\u{301}escape.html", "reviews/..\u{0}/a.html",
    ])
    func aPathThatLeavesTheOutputOrIsNotOneIsRefused(_ path: String) {
        #expect(!OutputWriter.isSafeRelativePath(path))
    }

    @Test func filesAreWrittenIntoTheirFoldersAndSwappedInWhole() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("prr-output-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        let writer = try OutputWriter(output: output)
        try writer.write(Array("home".utf8), to: "index.html")
        try writer.write(Array("review".utf8), to: "reviews/checkout-api.html")
        try writer.write(Array("deep".utf8), to: "gaps/rules/monitoring/page-2.html")
        try writer.writeStreaming(to: "reviews/search.json") { sink in
            sink.take(Array("[1,".utf8))
            sink.take(Array("2]".utf8))
        }
        #expect(throws: OutputWriter.Failure.self) { try writer.write(Array("x".utf8), to: "../escape.html") }
        #expect(!FileManager.default.fileExists(atPath: output.path))
        try writer.commit()

        func text(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
        #expect(try text("index.html") == "home")
        #expect(try text("reviews/checkout-api.html") == "review")
        #expect(try text("gaps/rules/monitoring/page-2.html") == "deep")
        #expect(try text("reviews/search.json") == "[1,2]")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(OutputWriter.markerName).path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("escape.html").path))
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(left == ["site"])
    }
}
