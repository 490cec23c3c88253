import CommonMark  // built as part of Readiness; MarkdownRenderOptions lives here
import Readiness

/// One review file end to end: bytes → SourceText.decode (BOM, CR/CRLF,
/// invalid UTF-8, NUL) → front matter and YAML → Markdown body → checklist
/// reading and every validation rule.
private let today = Day(year: 2026, month: 3, day: 1)!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    switch SourceText.decode(bytes, path: "Content/reviews/fuzz.md") {
    case .success(let source):
        check(source)
    case .failure:
        // Callers may also build SourceText from any String: parse the lossy
        // decoding (with its raw CRs) too, so rejected bytes still reach the parsers.
        check(SourceText(path: "Content/reviews/fuzz.md", text: String(decoding: bytes, as: UTF8.self)))
    }
    return 0
}

private func check(_ source: SourceText) {
    let (review, _) = ReviewParser.parse(source)
    guard let review else { return }
    let document = ReviewDocument(review: review, options: MarkdownRenderOptions())
    _ = ChecklistReading(document, policy: .default)
    let validator = ReviewValidator(policy: .default, catalog: .empty, today: today, reviews: [document])
    _ = validator.validate(document)
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
