import Testing
@testable import SiteBuilder

/// swift-mustache's transforms, with the results it gave.
@Suite struct TemplateTransformTests {
    @Test func stringTransforms() throws {
        let data: LayoutValue = ["s": "hello wORLD", "e": ""]
        #expect(try renderTemplate("{{uppercased(s)}}|{{lowercased(s)}}|{{capitalized(s)}}|{{reversed(s)}}", data)
            == "HELLO WORLD|hello world|Hello World|DLROw olleh")
        #expect(try renderTemplate("{{#empty(e)}}E{{/empty(e)}}{{^empty(s)}}S{{/empty(s)}}", data) == "ES")
    }

    @Test func listTransforms() throws {
        let data: LayoutValue = ["l": ["b", "c", "a"], "none": [LayoutValue](), "mixed": [1, "a"] as LayoutValue]
        #expect(try renderTemplate("{{first(l)}}{{last(l)}}{{count(l)}}", data) == "ba3")
        #expect(try renderTemplate("{{#reversed(l)}}{{.}}{{/reversed(l)}}", data) == "acb")
        #expect(try renderTemplate("{{#sorted(l)}}{{.}}{{/sorted(l)}}", data) == "abc")
        #expect(try renderTemplate("[{{#sorted(mixed)}}{{.}}{{/sorted(mixed)}}]", data) == "[]")
        #expect(try renderTemplate("{{^empty(none)}}has{{/empty(none)}}{{#empty(none)}}none{{/empty(none)}}", data) == "none")
        #expect(try renderTemplate("[{{first(none)}}]", data) == "[]")
    }

    @Test func integerTransforms() throws {
        let data: LayoutValue = ["n": 4, "z": 0, "max": Int.max]
        #expect(try renderTemplate("{{plusone(n)}} {{minusone(n)}} {{even(n)}} {{odd(n)}} {{equalzero(z)}}", data) == "5 3 true false true")
        #expect(try renderTemplate("[{{plusone(max)}}]", data) == "[]")
        #expect(try renderTemplate("{{plusone(plusone(n))}}", data) == "6")
    }

    @Test func mapTransforms() throws {
        let data: LayoutValue = ["m": ["b": 2, "a": 1]]
        #expect(try renderTemplate("{{count(m)}}{{#empty(m)}}!{{/empty(m)}}", data) == "2")
        #expect(try renderTemplate("{{#sorted(m)}}{{key}}={{value}};{{/sorted(m)}}", data) == "a=1;b=2;")
    }

    @Test func positionTransformsInsideListSections() throws {
        let data: LayoutValue = ["l": ["a", "b", "c"]]
        let template = "{{#l}}{{#first()}}[{{/first()}}{{.}}{{index()}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}}{{^last()}},{{/last()}}{{#last()}}]{{/last()}}{{/l}}"
        #expect(try renderTemplate(template, data) == "[a0e,b1o,c2e]")
        #expect(try renderTemplate("{{#l}}{{plusone(index())}}{{/l}}", data) == "123")
        #expect(try renderTemplate("[{{index()}}]", data) == "[]")
    }

    /// swift-mustache forgot the list position inside a pushed value or a
    /// partial, but kept it inside a boolean section.
    @Test func positionIsForgottenInsideValuesAndPartials() throws {
        let data: LayoutValue = ["l": [["m": ["x": 1], "t": true] as LayoutValue]]
        #expect(try renderTemplate("{{#l}}{{#t}}{{index()}}{{/t}}|{{#m}}{{index()}}{{/m}}|{{>p}}{{/l}}", data, partials: ["p": "{{index()}}"]) == "0||")
    }

    @Test func unknownTransformsAndWrongKindsAreMissing() throws {
        let data: LayoutValue = ["s": "x", "d": 1.5, "b": true]
        #expect(try renderTemplate("[{{nosuch(s)}}{{count(d)}}{{count(b)}}]{{^nosuch(s)}}missing{{/nosuch(s)}}", data) == "[]missing")
    }
}
