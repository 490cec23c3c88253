import Testing
@testable import Readiness

@Suite struct SourceTextTests {
    @Test func normalisesCRLFAndLoneCR() throws {
        let crlf = try SourceText.decode(Array("a\r\nb\r\n".utf8), path: "f").get()
        #expect(crlf.text == "a\nb\n")
        let cr = try SourceText.decode(Array("a\rb\r".utf8), path: "f").get()
        #expect(cr.text == "a\nb\n")
    }

    @Test func dropsByteOrderMark() throws {
        let text = try SourceText.decode([0xEF, 0xBB, 0xBF] + Array("---\n".utf8), path: "f").get()
        #expect(text.text == "---\n")
    }

    @Test func reportsInvalidUTF8AtItsLine() {
        let bytes = Array("one\ntwo\n".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        guard case .failure(let diagnostic) = SourceText.decode(bytes, path: "r.md") else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(diagnostic.ruleID == "invalid-utf8")
        #expect(diagnostic.location.description == "r.md:3:1")
    }

    @Test func reportsBinaryFiles() {
        guard case .failure(let diagnostic) = SourceText.decode([0x41, 0x00, 0x42], path: "r.md") else {
            Issue.record("a NUL byte was accepted")
            return
        }
        #expect(diagnostic.ruleID == "binary-file")
    }

    @Test func readsFilesAndReportsMissingOnes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("a.md", "hello\n")
        #expect(try SourceText.read(file, path: "a.md").get().text == "hello\n")
        guard case .failure(let diagnostic) = SourceText.read(folder.url.appendingPathComponent("none.md"), path: "none.md") else {
            Issue.record("a missing file was read")
            return
        }
        #expect(diagnostic.ruleID == "unreadable-file")
    }
}
