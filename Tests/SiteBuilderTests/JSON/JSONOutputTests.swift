import Foundation
import Testing
@testable import SiteBuilder

/// Splicing a document's long list in element by element must give exactly
/// the bytes of encoding the whole document at once.
@Suite struct JSONOutputTests {
    struct Inner: Encodable { let someValue: String; let numbers: [Int]; let ratio: Double?; let note: String? }
    struct Document: Encodable { let schema: String; let itemCount: Int; let items: [Inner]; let zLast: [Int] }

    static let hostile = "line\nbreak \"quoted\" back\\slash tab\t nul\u{0} / é \u{2028} 🚀"
    static let items = [
        Inner(someValue: hostile, numbers: [], ratio: 0.1, note: nil),
        Inner(someValue: "b", numbers: [1, 2], ratio: nil, note: "  \"    \n  ]"),
        Inner(someValue: "\"items\" : [\n\n  ]", numbers: [3], ratio: 1e-05, note: ""),
    ]

    private func whole(_ items: [Inner], _ format: JSONOutput.Format) throws -> String {
        let data = try JSONOutput.encoder(format).encode(Document(schema: "s/1", itemCount: items.count, items: items, zLast: []))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    @Test(arguments: [JSONOutput.Format.pretty, .compact])
    func splicedListEqualsTheWholeDocument(format: JSONOutput.Format) throws {
        for count in 0...Self.items.count {
            let items = Array(Self.items.prefix(count))
            let head = Document(schema: "s/1", itemCount: items.count, items: [], zLast: [])
            let spliced = JSONOutput.document(head, list: "items", items, format: format)
            #expect(spliced == (try whole(items, format)), "\(count) items, \(format)")
        }
    }

    @Test func indentingLeavesBlankLinesBlank() {
        var out: [UInt8] = []
        JSONOutput.appendIndented(Data("{\n  \"a\" : [\n\n  ]\n}".utf8), by: 4, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "{\n      \"a\" : [\n\n      ]\n    }")
    }
}
