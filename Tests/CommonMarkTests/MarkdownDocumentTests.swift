import Testing
@testable import CommonMark

@Suite struct MarkdownDocumentTests {
    @Test func emptyInputIsAnEmptyDocument() {
        let document = MarkdownDocument(markdown: "")
        #expect(document.root.kind == .document)
        #expect(document.root.children.isEmpty)
        #expect(document.headings.isEmpty)
        #expect(document.links.isEmpty)
        #expect(document.taskItems.isEmpty)
        #expect(document.renderHTML() == "")
    }

    @Test func nulCharactersBecomeReplacementCharacters() {
        let document = MarkdownDocument(markdown: "a\u{0}b\n\n# x\u{0}y\n")
        #expect(document.root.children.first?.plainText == "a\u{FFFD}b")
        #expect(document.headings.first?.text == "x\u{FFFD}y")
        #expect(document.renderHTML().contains("<p>a\u{FFFD}b</p>"))
    }

    @Test func repairedInvalidUTF8DoesNotCrash() {
        // Swift repairs invalid sequences on decoding; what reaches libcmark is
        // full of U+FFFD, lone continuation bytes' replacements and so on.
        let bytes: [UInt8] = [0x2D, 0x20, 0x5B, 0x78, 0x5D, 0x20, 0xFF, 0xC3, 0x28, 0xED, 0xA0, 0x80,
                              0x0A, 0x23, 0x20, 0xF0, 0x9F, 0x0A]
        let document = MarkdownDocument(markdown: String(decoding: bytes, as: UTF8.self))
        #expect(document.taskItems.count == 1)
        #expect(document.taskItems.first?.state == .checked)
        #expect(document.headings.count == 1)
        #expect(!document.renderHTML().isEmpty)
    }

    /// The byte rendering is what libcmark writes; the string rendering is
    /// the same text, with the lone bytes libcmark writes for U+FFFE and
    /// U+FFFF repaired. Other documents, however hostile, render to valid
    /// UTF-8, which the body store then takes as it is.
    @Test(arguments: [
        "&#xD800; &#0; &#x110000; &#65533; &#x85; a\u{0}b", "# é\u{301} ✓ 𝄞\n\n- [x] [n/a](javascript:x) `\u{FEFF}`",
        "<div>\u{80}&#128;</div>\n\n[a](<\u{2028}x>) ![b](%FF)", "&#xFFFE; and &#xFFFF;",
    ])
    func byteRenderingIsTheStringRendering(_ markdown: String) {
        let document = MarkdownDocument(markdown: markdown)
        for options in [MarkdownRenderOptions(), MarkdownRenderOptions(allowRawHTML: true)] {
            let bytes = document.renderHTML(options: options) { Array($0) }
            #expect(!bytes.isEmpty)
            #expect(String(decoding: bytes, as: UTF8.self) == document.renderHTML(options: options))
            #expect((String(validating: bytes, as: UTF8.self) != nil) == !markdown.contains("&#xFFF"))
        }
        #expect(MarkdownDocument(markdown: "&#xFFFE;").renderHTML() == "<p>\u{FFFD}</p>\n")
    }

    @Test func crlfLineEndingsParseLikeLF() {
        let markdown = "## Section\r\n\r\n- [x] Done \u{2014} evidence\r\n- [ ] Open\r\n"
        let document = MarkdownDocument(markdown: markdown)
        #expect(document.headings.map(\.text) == ["Section"])
        #expect(document.taskItems.map(\.title) == ["Done", "Open"])
        #expect(document.taskItems.map(\.note) == ["evidence", nil])
        #expect(document.taskItems.map(\.line) == [3, 4])
        #expect(!document.renderHTML().contains("\r"))
    }

    @Test func lineOffsetShiftsEveryReportedLine() {
        let markdown = "# Title\n\n- [ ] Task on body line 3 [l](https://x)\n"
        let document = MarkdownDocument(markdown: markdown, lineOffset: 10)
        #expect(document.taskItems.first?.line == 13)
        #expect(document.taskItems.first?.column == 1)
        #expect(document.headings.first?.line == 11)
        #expect(document.links.first?.line == 13)
        #expect(document.root.children.last?.startLine == 13)
        #expect(document.root.children.last?.endLine == 13)
    }

    @Test func columnsAreNotShifted() {
        let document = MarkdownDocument(markdown: "> ## Quoted\n", lineOffset: 4)
        #expect(document.headings.first?.line == 5)
        #expect(document.headings.first?.column == 3)
    }

    @Test func walkingDoesNotChangeAfterRendering() {
        let markdown = "# T\n\n- [x] a [bad](javascript:x) — [ok](https://x)\n"
        let document = MarkdownDocument(markdown: markdown)
        let before = document.nodes.map { "\($0.kind) \($0.literal ?? "") \($0.url ?? "")" }
        _ = document.renderHTML()
        let after = document.nodes.map { "\($0.kind) \($0.literal ?? "") \($0.url ?? "")" }
        #expect(before == after)
        #expect(after.contains("text [x] a  "))
        #expect(document.renderHTML() == document.renderHTML(options: MarkdownRenderOptions()))
    }

    @Test func documentsCanBeUsedOnSeveralThreadsAtOnce() async {
        // One document per task; only Sendable results cross tasks.
        let results = await withTaskGroup(of: [TaskListItem].self) { group in
            for index in 0..<8 {
                group.addTask {
                    var items: [TaskListItem] = []
                    for _ in 0..<50 {
                        let document = MarkdownDocument(markdown: "## S\(index)\n\n- [x] Item — note\n")
                        _ = document.renderHTML()
                        items = document.taskItems
                    }
                    return items
                }
            }
            var all: [[TaskListItem]] = []
            for await items in group { all.append(items) }
            return all
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0.count == 1 && $0[0].note == "note" })
    }
}
