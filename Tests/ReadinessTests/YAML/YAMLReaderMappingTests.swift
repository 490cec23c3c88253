import Testing
import Yams
@testable import Readiness

@Suite struct YAMLReaderMappingTests {
    /// Small mappings find duplicates by scanning, large ones with a set; both say the same.
    @Test(arguments: [3, 16, 17, 40])
    func duplicatesAreFoundAtAnySize(_ count: Int) throws {
        let lines = (0..<count).map { "k\($0): \($0)" } + ["k1: again"]
        let node = try #require(try Yams.compose(yaml: lines.joined(separator: "\n")))
        let reader = YAMLReader(file: "f.yaml")
        let mapping = try #require(reader.mapping(node, "the test", keys: nil))
        #expect(mapping.entries.count == count)
        #expect(reader.diagnostics.map(\.ruleID) == ["duplicate-key"])
        #expect(reader.diagnostics.first?.location.line == count + 1)
    }
}
