import Readiness
import Testing
@testable import SiteBuilder

/// The build record's format: every record reads back as written, and
/// anything else reads as no record, so the build runs in full.
@Suite struct BuildRecordFormatTests {
    static let awkward = [
        "", "plain", "two\nlines", "\n", "12\n", "-3", "trailing newline\n", "ünïcödé — 🚀", "e\u{301}", "\r\n",
        "colons: 1:2:3", "\u{0}nul", String(repeating: "long ", count: 200),
    ]

    static func record(strings: [String] = awkward) -> BuildCache.Record {
        let stamps = strings.enumerated().map { offset, path in
            FileStamp(path: path, size: Int64(offset) * 1_000_003, modified: -Int64(offset) << 40, inode: UInt64.max - UInt64(offset))
        }
        let diagnostics = strings.enumerated().map { offset, text in
            Diagnostic(
                Severity.allCases[offset % Severity.allCases.count], "rule-\(offset)", text,
                at: SourceLocation(file: text, line: offset, column: offset * 7),
                hint: offset.isMultiple(of: 2) ? text : nil, kind: offset.isMultiple(of: 3) ? .finding : .content)
        }
        return BuildCache.Record(
            fingerprint: BuildFingerprint(tool: strings, options: strings.reversed(), inputs: stamps, output: stamps.last),
            diagnostics: diagnostics, reviewCount: 42, pagesWritten: Int.max)
    }

    @Test func everyRecordReadsBackAsWritten() throws {
        for original in [Self.record(), Self.record(strings: []), Self.record(strings: ["only"])] {
            let read = try #require(BuildRecordFormat.decode(BuildRecordFormat.encode(original)))
            #expect(read.fingerprint == original.fingerprint)
            #expect(read.diagnostics == original.diagnostics)
            // Byte for byte: `==` on strings would also match other normalisations.
            #expect(read.diagnostics.map { Array($0.message.utf8) } == original.diagnostics.map { Array($0.message.utf8) })
            #expect(read.reviewCount == original.reviewCount)
            #expect(read.pagesWritten == original.pagesWritten)
        }
        var withoutOutput = Self.record()
        withoutOutput.fingerprint.output = nil
        #expect(BuildRecordFormat.decode(BuildRecordFormat.encode(withoutOutput))?.fingerprint.output == nil)
    }

    @Test func anythingButAWholeRecordReadsAsNone() {
        let bytes = BuildRecordFormat.encode(Self.record(strings: ["a", "two\nlines", "", "ü", "9\n"]))
        #expect(BuildRecordFormat.decode(bytes) != nil)
        // Every truncation: a record cut short by a full disk or a killed build.
        for length in 0..<bytes.count { #expect(BuildRecordFormat.decode(Array(bytes[..<length])) == nil) }
        #expect(BuildRecordFormat.decode(bytes + [UInt8(ascii: "\n")]) == nil)
        // A string not followed by its newline: the length and the bytes disagree.
        var unended = bytes
        let newline = BuildRecordFormat.header.utf8.count + "5\n1\na".utf8.count
        #expect(unended[newline] == UInt8(ascii: "\n"))
        unended[newline] = UInt8(ascii: "x")
        #expect(BuildRecordFormat.decode(unended) == nil)
        #expect(BuildRecordFormat.decode(Array("{\"format\":1}".utf8)) == nil)
        #expect(BuildRecordFormat.decode(Array("prr build record 1\n".utf8) + bytes.dropFirst(BuildRecordFormat.header.utf8.count)) == nil)
        var huge = Array(BuildRecordFormat.header.utf8)
        huge += Array("\(Int.max)\n".utf8)
        #expect(BuildRecordFormat.decode(huge) == nil)
    }
}
