import CommonMark
import Foundation
import Testing
@testable import Readiness

/// Every input the fuzzers (Tests/Fuzz) found a crash or hang with, replayed
/// through the same pipeline: reviews (`.md`) through decoding, front matter,
/// the Markdown body and validation; catalog files (`.yaml`) through the
/// descriptor parser. Each must give a parse or a diagnostic, on a thread with
/// a small stack like the Dispatch workers that parse content. Files named
/// `too-deep-*` must be refused with `yaml-too-deep`.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Regressions", isDirectory: true)

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".yaml") }
            .sorted()
    }

    @Test func regressionsFolderIsNotEmpty() {
        #expect(!Self.files.isEmpty)
    }

    @Test(arguments: files) func replays(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let rules = Self.onSmallStack { Self.rules(name: name, bytes: bytes) }
        #expect(!rules.isEmpty, "neither a parse nor a diagnostic")
        if name.hasPrefix("too-deep-") {
            #expect(rules.contains("yaml-too-deep"), "rules: \(rules)")
        }
    }

    /// The rule ids of every diagnostic, plus "parsed" when something was read.
    static func rules(name: String, bytes: [UInt8]) -> [String] {
        let path = "Tests/Fuzz/Regressions/\(name)"
        let source: SourceText
        switch SourceText.decode(bytes, path: path) {
        case .failure(let diagnostic): return [diagnostic.ruleID]
        case .success(let text): source = text
        }
        if name.hasSuffix(".yaml") {
            let (descriptors, diagnostics) = DescriptorParser.parse(source)
            return diagnostics.map(\.ruleID) + (descriptors.isEmpty ? [] : ["parsed"])
        }
        let (review, diagnostics) = ReviewParser.parse(source)
        guard let review else { return diagnostics.map(\.ruleID) }
        let parsed = ParsedReview(review: review, policy: .default, options: MarkdownRenderOptions())
        let validation = ReviewValidator(
            policy: .default, catalog: .empty, today: Day(year: 2026, month: 3, day: 1)!, reviews: [parsed.document]
        ).validate(parsed)
        return diagnostics.map(\.ruleID) + validation.diagnostics.map(\.ruleID) + ["parsed"]
    }

    /// Runs `work` on a thread with a 512 KB stack (macOS's default for
    /// secondary threads) and waits for it.
    static func onSmallStack<T: Sendable>(_ work: @escaping @Sendable () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = work()
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        return box.value!
    }
}

/// Carries a result out of the thread; written once before the semaphore signals.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
