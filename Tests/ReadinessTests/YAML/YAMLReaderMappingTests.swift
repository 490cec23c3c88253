import Testing
@testable import Readiness

@Suite struct YAMLReaderMappingTests {
    /// Small mappings find duplicates by scanning, large ones with a set; both say the same.
    @Test(arguments: [3, 16, 17, 40])
    func duplicatesAreFoundAtAnySize(_ count: Int) throws {
        let lines = (0..<count).map { "k\($0): \($0)" } + ["k1: again"]
        let node = try #require(try YAMLDocuments.compose(lines.joined(separator: "\n"), file: "f.yaml").get())
        let reader = YAMLReader(file: "f.yaml")
        let mapping = try #require(reader.mapping(node, "the test", keys: nil))
        #expect(mapping.entries.count == count)
        #expect(reader.diagnostics.map(\.ruleID) == ["duplicate-key"])
        #expect(reader.diagnostics.first?.location.line == count + 1)
    }

    /// YAML's null spellings, plain only; anything longer or quoted is text.
    @Test func nullIsThePlainNullSpellingsOnly() throws {
        let reader = YAMLReader(file: "f.yaml")
        let yaml = """
            a: ~
            b: null
            c: Null
            d: NULL
            e:
            f: "null"
            g: 'null'
            h: nul
            i: nulls
            j: nUll
            k: none
            l: null value
            """
        let node = try #require(try YAMLDocuments.compose(yaml, file: "f.yaml").get())
        let mapping = try #require(reader.mapping(node, "the test", keys: nil))
        let nulls = mapping.entries.filter { reader.isNull($0.value) }.map(\.key)
        #expect(nulls == ["a", "b", "c", "d", "e"])
    }
}
