import Foundation
import CommonMark  // built as part of Readiness; MarkdownRenderOptions lives here
import Readiness

/// One review file end to end: bytes → SourceText.decode (BOM, CR/CRLF,
/// invalid UTF-8, NUL) → front matter and YAML → Markdown body → checklist
/// reading and every validation rule.
private let today = Day(year: 2026, month: 3, day: 1)!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    onSmallStack { checkBytes(bytes) }
    return 0
}

private func checkBytes(_ bytes: [UInt8]) {
    switch SourceText.decode(bytes, path: "Content/reviews/fuzz.md") {
    case .success(let source):
        check(source)
    case .failure:
        // Callers may also build SourceText from any String: parse the lossy
        // decoding (with its raw CRs) too, so rejected bytes still reach the parsers.
        check(SourceText(path: "Content/reviews/fuzz.md", text: String(decoding: bytes, as: UTF8.self)))
    }
}

private func check(_ source: SourceText) {
    let (review, _) = ReviewParser.parse(source)
    guard let review else { return }
    let parsed = ParsedReview(review: review, policy: .default, options: MarkdownRenderOptions())
    _ = ChecklistReading(parsed, policy: .default)
    let validator = ReviewValidator(policy: .default, catalog: .empty, today: today, reviews: [parsed.document])
    _ = validator.validate(parsed)
}

/// Runs `work` on a thread with a small stack, like the Dispatch workers that
/// parse content in prr (libFuzzer calls us on the 8 MB main thread, which
/// would hide recursion that overflows a worker). PRR_FUZZ_STACK_KB sets the
/// size (default 512, macOS's secondary-thread default); 0 runs inline.
private let stackKB: Int = Int(ProcessInfo.processInfo.environment["PRR_FUZZ_STACK_KB"] ?? "") ?? 512

private func onSmallStack(_ work: @escaping @Sendable () -> Void) {
    guard stackKB > 0 else { return work() }
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        work()
        done.signal()
    }
    thread.stackSize = stackKB * 1024
    thread.start()
    done.wait()
}

// SwiftPM links executables with `main` aliased to `FuzzReview_main`, so libFuzzer's
// own main is never pulled in: start its driver from here instead.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("FuzzReview_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return runDriver(&argc, &argv, fuzz)
}
