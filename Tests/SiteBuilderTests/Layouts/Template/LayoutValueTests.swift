import Testing
@testable import SiteBuilder

@Suite struct LayoutValueTests {
    @Test func convertsScalars() {
        #expect(LayoutValue("text") == .string("text"))
        #expect(LayoutValue(Substring("sub")) == .string("sub"))
        #expect(LayoutValue(42) == .int(42))
        #expect(LayoutValue(0.25) == .double(0.25))
        #expect(LayoutValue(true) == .bool(true))
        #expect(LayoutValue(Int64(7)) == .int(7))
    }

    @Test func dropsNilsFromMapsAndLists() {
        let missing: String? = nil
        let present: String? = "here"
        let value = LayoutValue([
            "gone": missing as Any,
            "kept": present as Any,
            "list": [missing as Any, "a", present as Any, [String: Any]()] as [Any],
            "nested": ["inner": missing as Any, "n": 1] as [String: Any],
        ] as [String: Any])
        #expect(value == .map([
            "kept": .string("here"),
            "list": .list([.string("a"), .string("here"), .map([:])]),
            "nested": .map(["n": .int(1)]),
        ]))
    }

    @Test func nilItselfIsNoValue() {
        let missing: Int? = nil
        #expect(LayoutValue(missing as Any) == nil)
        let doubleWrapped: Int?? = .some(nil)
        #expect(LayoutValue(doubleWrapped as Any) == nil)
    }

    @Test func typedCollectionsConvert() {
        #expect(LayoutValue(["a", "b"]) == .list([.string("a"), .string("b")]))
        #expect(LayoutValue(["k": 1]) == .map(["k": .int(1)]))
    }

    @Test func otherTypesBecomeTheirDescription() {
        struct Day: CustomStringConvertible { var description: String { "2026-11-01" } }
        #expect(LayoutValue(Day()) == .string("2026-11-01"))
    }

    @Test func printsLikeSwiftDescriptions() {
        #expect(LayoutValue.int(-3).text == "-3")
        #expect(LayoutValue.double(1.5).text == "1.5")
        #expect(LayoutValue.double(2).text == "2.0")
        #expect(LayoutValue.bool(false).text == "false")
        #expect(LayoutValue.list([.string("a\"b"), .int(1), .bool(true)]).text == #"["a\"b", 1, true]"#)
        #expect(LayoutValue.map(["b": .int(2), "a": .string("x")]).text == #"["a": "x", "b": 2]"#)
        #expect(LayoutValue.map([:]).text == "[:]")
    }

    @Test func commonTypesConvertAsTheGeneralPathDoes() {
        let missing: String? = nil
        let rows: [[String: Any]] = [["a": 1, "b": missing as Any], ["c": ["x", "y"]]]
        #expect(LayoutValue(rows) == .list([.map(["a": .int(1)]), .map(["c": .list([.string("x"), .string("y")])])]))
        #expect(LayoutValue(["x", "y"]) == .list([.string("x"), .string("y")]))
        #expect(LayoutValue([1, missing as Any, "z"] as [Any]) == .list([.int(1), .string("z")]))
        #expect(LayoutValue(LayoutValue.bool(true)) == .bool(true))
        #expect(LayoutValue(Optional(rows) as Any) == LayoutValue(rows))
        #expect(LayoutValue(Int8(3)) == .int(3))
        #expect(LayoutValue(2.5) == .double(2.5))
    }

    @Test func sealedTurnsMissingValuesIntoFalseAndKeepsTheRest() {
        let missing: String? = nil
        let values = sealed(["missing": missing, "present": Optional("x"), "nested": ["a": missing] as [String: Any]])
        #expect(values["missing"] as? LayoutValue == .bool(false))
        #expect(values["present"] as? LayoutValue == .string("x"))
        #expect(values["nested"] as? LayoutValue == .map([:]))
    }
}
