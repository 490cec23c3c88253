import Testing
@testable import SiteBuilder

@Suite struct LayoutValueTests {
    @Test func printsLikeSwiftDescriptions() {
        #expect(LayoutValue.int(-3).text == "-3")
        #expect(LayoutValue.double(1.5).text == "1.5")
        #expect(LayoutValue.double(2).text == "2.0")
        #expect(LayoutValue.double(0.00001).text == "1e-05")
        #expect(LayoutValue.bool(false).text == "false")
        #expect(LayoutValue.list([.string("a\"b"), .int(1), .bool(true)]).text == #"["a\"b", 1, true]"#)
        #expect(LayoutValue.map(["b": .int(2), "a": .string("x")]).text == #"["a": "x", "b": 2]"#)
        #expect(LayoutValue.map([:]).text == "[:]")
    }

    @Test func childrenAreLookedUpInMapsOnly() {
        let value: LayoutValue = ["a": 1]
        #expect(value.child("a") == .int(1))
        #expect(value.child("b") == nil)
        #expect(LayoutValue.list([1]).child("a") == nil)
    }
}
