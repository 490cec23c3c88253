import Testing
@testable import SiteBuilder

@Suite struct LayoutValueLiteralTests {
    @Test func scalarLiteralsKeepTheirKind() {
        #expect(("text" as LayoutValue) == .string("text"))
        #expect((42 as LayoutValue) == .int(42))
        #expect((0.25 as LayoutValue) == .double(0.25))
        #expect((true as LayoutValue) == .bool(true))
    }

    @Test func intsAndDoublesPrintAsTheyDidInSwift() {
        let count = 3
        let share = 3.0
        let value: LayoutValue = ["count": count, "share": share, "literal": 3, "half": 0.5]
        #expect(value.child("count")?.text == "3")
        #expect(value.child("share")?.text == "3.0")
        #expect(value.child("literal")?.text == "3")
        #expect(value.child("half")?.text == "0.5")
    }

    @Test func nilValuesAreAbsentKeys() {
        let missing: String? = nil
        let present: String? = "here"
        let value: LayoutValue = ["gone": missing, "kept": present, "literalNil": nil, "nested": ["inner": missing, "n": 1] as LayoutValue]
        #expect(value == .map(["kept": .string("here"), "nested": .map(["n": .int(1)])]))
    }

    @Test func nilListElementsAreDropped() {
        let missing: Int? = nil
        let value: LayoutValue = [missing, "a", 1, nil, [String: LayoutValue]()]
        #expect(value == .list([.string("a"), .int(1), .map([:])]))
        let optionals: [String?] = ["x", nil, "y"]
        #expect(optionals.layoutValue == .list([.string("x"), .string("y")]))
    }

    @Test func typedCollectionsConvert() {
        let names = ["a", "b"]
        let counts: [String: Int?] = ["k": 1, "none": nil]
        let rows: [LayoutValue] = [["a": 1], ["b": "x"]]
        let value: LayoutValue = ["names": names, "counts": counts, "rows": rows]
        #expect(value == .map([
            "names": .list([.string("a"), .string("b")]),
            "counts": .map(["k": .int(1)]),
            "rows": .list([.map(["a": .int(1)]), .map(["b": .string("x")])]),
        ]))
    }

    @Test func nestedOptionalsAreAbsentToo() {
        let doubleWrapped: Int?? = .some(nil)
        let value: LayoutValue = ["n": doubleWrapped]
        #expect(value == .map([:]))
    }
}
