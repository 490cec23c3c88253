import Testing
@testable import CommonMark

@Suite struct MarkdownNodeTests {
    private let markdown = """
        # Heading *one*

        Text with `code`, a [link](https://example.com "T") and ![alt](img.png).
        Second line  
        hard break <b>raw</b>

        1. first
        2. second

        - bullet

        > quote

        ```swift
        let x = 1
        ```

        ***

        <div>block</div>
        """

    @Test func kindsCoverTheTreeInDocumentOrder() {
        let document = MarkdownDocument(markdown: markdown)
        let kinds = document.nodes.map(\.kind)
        #expect(kinds.first == .document)
        for kind: MarkdownNodeKind in [.heading, .emph, .paragraph, .text, .code, .link, .image,
                                       .softBreak, .lineBreak, .htmlInline, .list, .item,
                                       .blockQuote, .codeBlock, .thematicBreak, .htmlBlock] {
            #expect(kinds.contains(kind), "missing \(kind)")
        }
        #expect(kinds.firstIndex(of: .heading)! < kinds.firstIndex(of: .paragraph)!)
        #expect(kinds.firstIndex(of: .blockQuote)! < kinds.firstIndex(of: .codeBlock)!)
        #expect(document.root.children.map(\.kind) == [
            .heading, .paragraph, .list, .list, .blockQuote, .codeBlock, .thematicBreak, .htmlBlock,
        ])
    }

    @Test func nodePropertiesComeFromLibcmark() {
        let document = MarkdownDocument(markdown: markdown)
        let nodes = Array(document.nodes)
        let heading = nodes.first { $0.kind == .heading }
        #expect(heading?.headingLevel == 1)
        #expect(heading?.plainText == "Heading one")
        #expect(heading?.startLine == 1 && heading?.startColumn == 1)

        let link = nodes.first { $0.kind == .link }
        #expect(link?.url == "https://example.com")
        #expect(link?.title == "T")
        #expect(link?.plainText == "link")
        #expect(link?.headingLevel == nil)

        let image = nodes.first { $0.kind == .image }
        #expect(image?.url == "img.png")
        #expect(image?.title == nil)

        let lists = nodes.filter { $0.kind == .list }
        #expect(lists.map(\.listType) == [.ordered, .bullet])
        #expect(nodes.first { $0.kind == .paragraph }?.listType == nil)

        let code = nodes.first { $0.kind == .codeBlock }
        #expect(code?.literal == "let x = 1\n")
        #expect(code?.fenceInfo == "swift")
        #expect(code?.startLine == 14 && code?.endLine == 16)
        #expect(nodes.first { $0.kind == .code }?.literal == "code")
        #expect(nodes.first { $0.kind == .paragraph }?.literal == nil)
    }

    @Test func plainTextJoinsTextCodeAndBreaks() {
        let document = MarkdownDocument(markdown: "a *b* `c`\nd  \ne <i>x</i> ![alt **y**](z)\n")
        #expect(document.root.children.first?.plainText == "a b c d e x alt y")
    }

    @Test func childrenAndParentAgree() {
        let document = MarkdownDocument(markdown: "- a\n- b\n")
        let list = document.root.children[0]
        #expect(list.children.count == 2)
        #expect(list.children.allSatisfy { $0.kind == .item && $0.parent?.kind == .list })
        #expect(document.root.parent == nil)
        #expect(list.children[1].descendants.map(\.kind) == [.item, .paragraph, .text])
    }

    @Test func deeplyNestedContentIsWalkedWithoutRecursion() {
        let markdown = String(repeating: ">", count: 20_000) + " deep\n"
        let document = MarkdownDocument(markdown: markdown)
        #expect(document.nodes.reduce(0) { count, _ in count + 1 } > 20_000)
        #expect(document.root.plainText == "deep")
    }
}
