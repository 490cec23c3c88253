import Testing
@testable import SiteBuilder

/// Sections and inverted sections, and what counts as true: swift-mustache's
/// rules, which prr's layouts were written against.
@Suite struct TemplateSectionTests {
    @Test func booleansShowOrHide() throws {
        let data: LayoutValue = ["yes": true, "no": false]
        #expect(try renderTemplate("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}", data) == "Y")
        #expect(try renderTemplate("{{^yes}}Y{{/yes}}{{^no}}N{{/no}}", data) == "N")
    }

    @Test func missingValuesAreFalse() throws {
        #expect(try renderTemplate("{{#gone}}shown{{/gone}}{{^gone}}hidden{{/gone}}") == "hidden")
    }

    @Test func emptyListsAreFalseOtherListsRepeat() throws {
        let data: LayoutValue = ["none": [LayoutValue](), "some": [["n": 1], ["n": 2], ["n": 3]]]
        #expect(try renderTemplate("{{#none}}x{{/none}}{{^none}}empty{{/none}}", data) == "empty")
        #expect(try renderTemplate("{{#some}}{{n}},{{/some}}{{^some}}empty{{/some}}", data) == "1,2,3,")
    }

    /// swift-mustache showed a section for every present non-list,
    /// non-boolean value, even "" and 0: pages pass nil to hide one.
    @Test func emptyStringsAndZeroAreTrue() throws {
        let data: LayoutValue = ["s": "", "z": 0, "d": 0.0, "m": [String: LayoutValue]()]
        #expect(try renderTemplate("{{#s}}S{{/s}}{{#z}}Z{{/z}}{{#d}}D{{/d}}{{#m}}M{{/m}}", data) == "SZDM")
        #expect(try renderTemplate("{{^s}}S{{/s}}{{^z}}Z{{/z}}{{^d}}D{{/d}}{{^m}}M{{/m}}", data) == "")
    }

    @Test func sectionsPushTheirValue() throws {
        let data: LayoutValue = ["person": ["name": "Grace"], "name": "outer", "title": "Dr"]
        #expect(try renderTemplate("{{#person}}{{title}} {{name}}{{/person}}", data) == "Dr Grace")
    }

    @Test func innerValuesHideOuterOnes() throws {
        let data: LayoutValue = ["a": ["v": 1, "b": ["v": 2]] as LayoutValue, "v": 0]
        #expect(try renderTemplate("{{v}}{{#a}}{{v}}{{#b}}{{v}}{{/b}}{{v}}{{/a}}{{v}}", data) == "01210")
    }

    @Test func dottedSectionNames() throws {
        let data: LayoutValue = ["a": ["b": ["on": true]]]
        #expect(try renderTemplate("{{#a.b.on}}yes{{/a.b.on}}{{^a.b.off}}no{{/a.b.off}}", data) == "yesno")
    }

    @Test func nestedListsAndDoubledSections() throws {
        let data: LayoutValue = ["rows": [["cells": [1, 2]], ["cells": [3]]], "t": true]
        #expect(try renderTemplate("{{#rows}}[{{#cells}}{{.}}{{/cells}}]{{/rows}}", data) == "[12][3]")
        #expect(try renderTemplate("{{#t}}a{{/t}}-{{#t}}b{{/t}}", data) == "a-b")
    }

    @Test func listsOfScalarsIterate() throws {
        #expect(try renderTemplate("{{#l}}({{.}}){{/l}}", ["l": [1, 2.5, "x", true] as LayoutValue]) == "(1)(2.5)(x)(true)")
    }

    @Test func sectionsKeepSurroundingText() throws {
        #expect(try renderTemplate(" | {{#t}}\t|\t{{/t}} | \n", ["t": true]) == " | \t|\t | \n")
    }

    @Test func deepDataAndNestingRender() throws {
        var value: LayoutValue = ["leaf": "bottom"]
        for _ in 0 ..< 150 { value = ["n": value] }
        let template = String(repeating: "{{#n}}", count: 150) + "{{leaf}}" + String(repeating: "{{/n}}", count: 150)
        #expect(try renderTemplate(template, value) == "bottom")
    }
}
