import Testing
@testable import SiteBuilder

@Suite struct LayoutFactsTests {
    @Test func aMapLeavesAbsentFactsOut() {
        let missing: String? = nil
        let facts: LayoutFacts = ["missing": missing, "present": "x", "count": 2]
        #expect(facts.map() == .map(["present": .string("x"), "count": .int(2)]))
        #expect(facts.layoutValue == facts.map())
    }

    @Test func factsSetLaterWinAndNilRemoves() {
        var facts: LayoutFacts = ["a": 1, "b": 2]
        facts["a"] = "one"
        facts["b"] = nil as Int?
        facts["c"] = true
        #expect(facts.map() == .map(["a": .string("one"), "c": .bool(true)]))
        #expect(facts["a"]?.layoutValue == .string("one"))
        #expect(facts["b"] == nil)
        #expect(facts["zzz"] == nil)
    }

    @Test func aPlaceholderStandsInForAbsentFacts() {
        let missing: Int? = nil
        let facts: LayoutFacts = ["missing": missing, "here": 1]
        #expect(facts.map(placeholder: "-") == .map(["missing": .string("-"), "here": .int(1)]))
    }

    @Test func sealedTurnsMissingValuesIntoFalseAndKeepsTheRest() {
        let missing: String? = nil
        let values = sealed(["missing": missing, "present": Optional("x"), "nested": ["a": missing] as LayoutValue])
        #expect(values == .map(["missing": .bool(false), "present": .string("x"), "nested": .map([:])]))
    }

    @Test func sealingFactsKeepsTheirAbsentKeys() {
        var facts: LayoutFacts = ["owner": nil as String?]
        facts["errors"] = nil as Int?
        #expect(sealed(facts) == .map(["owner": .bool(false), "errors": .bool(false)]))
    }
}
