import Foundation
import Readiness
import Testing
@testable import SiteBuilder

/// Variables: the spec's interpolation behaviours, in our own cases.
@Suite struct TemplateInterpolationTests {
    @Test func textWithoutTagsPassesThrough() throws {
        #expect(try renderTemplate("plain {text} here\n") == "plain {text} here\n")
    }

    @Test func variablesAreReplaced() throws {
        #expect(try renderTemplate("Dear {{who}},", ["who": "Ada"]) == "Dear Ada,")
        #expect(try renderTemplate("{{ who }}|{{who}}", ["who": "Ada"]) == "Ada|Ada")
    }

    @Test func escapedVariablesUsePrrsEscaper() throws {
        let data: LayoutValue = ["v": #"<b> & "q" 'a'"#]
        #expect(try renderTemplate("{{v}}", data) == "&lt;b&gt; &amp; &quot;q&quot; &#39;a&#39;")
        #expect(try renderTemplate("{{{v}}}", data) == #"<b> & "q" 'a'"#)
        #expect(try renderTemplate("{{&v}}", data) == #"<b> & "q" 'a'"#)
        #expect(try renderTemplate("{{{ v }}}|{{& v }}", data) == #"<b> & "q" 'a'|<b> & "q" 'a'"#)
    }

    /// A document's body shows as its text would, whether it waits in
    /// memory or in a build's body store: raw with `{{{ }}}`, escaped with
    /// `{{ }}`, through transforms, and as a section that shows.
    @Test func bodiesRenderAsTheirText() throws {
        let html = "<p>caf\u{E9} & \u{1F680}</p>\n"
        let folder = FileManager.default.temporaryDirectory
        let store = try #require(BodyStore(folder: folder))
        for body in [RenderedBody(html), store.keep(html)] {
            let data: LayoutValue = ["b": LayoutValue.body(body)]
            #expect(try renderTemplate("{{{b}}}|{{&b}}", data) == html + "|" + html)
            #expect(try renderTemplate("{{b}}", data) == "&lt;p&gt;caf\u{E9} &amp; \u{1F680}&lt;/p&gt;\n")
            #expect(try renderTemplate("{{uppercased(b)}}", data) == "&lt;P&gt;CAF\u{C9} &amp; \u{1F680}&lt;/P&gt;\n")
            #expect(try renderTemplate("{{#b}}shown{{/b}}{{^b}}hidden{{/b}}", data) == "shown")
            #expect(try renderTemplate("{{#b}}{{{.}}}{{/b}}", data) == html)
            #expect(try renderTemplate("  {{> p}}", data, partials: ["p": "{{{b}}}"]) == "  <p>caf\u{E9} & \u{1F680}</p>\n")
        }
        #expect(store.failure == nil)
    }

    @Test func hostileStringsCannotLeaveAnAttribute() throws {
        // A quote followed by a combining mark is one Character in Swift.
        let data: LayoutValue = ["v": "\"\u{301} onmouseover=alert(1) x=\"", "s": "</a><script>alert('x')</script>"]
        let html = try renderTemplate(#"<a title="{{v}}">{{s}}</a>"#, data)
        #expect(html == #"<a title="&quot;"# + "\u{301}" + #" onmouseover=alert(1) x=&quot;">&lt;/a&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a>"#)
        #expect(!html.contains("<script"))
    }

    @Test func numbersAndBooleansPrintLikeSwift() throws {
        let data: LayoutValue = ["i": 85, "d": 1.21, "w": 3.0, "t": true, "f": false]
        #expect(try renderTemplate("{{i}} {{d}} {{w}} {{t}} {{f}}", data) == "85 1.21 3.0 true false")
    }

    @Test func missingAndNilValuesAreEmpty() throws {
        let nothing: String? = nil
        #expect(try renderTemplate("[{{gone}}][{{nil}}]", ["nil": nothing]) == "[][]")
    }

    @Test func dottedNamesWalkMaps() throws {
        let data: LayoutValue = ["a": ["b": ["c": "deep"]], "x": "top"]
        #expect(try renderTemplate("{{a.b.c}}", data) == "deep")
        #expect(try renderTemplate("{{a.b.c}}" + "{{{a.b.c}}}" + "{{&a.b.c}}", data) == "deepdeepdeep")
        #expect(try renderTemplate("[{{a.missing.c}}]", data) == "[]")
    }

    @Test func onlyTheFirstPartOfADottedNameSearchesTheStack() throws {
        // `a.x` does not fall back to the top-level `x` when `a` has no `x`.
        let data: LayoutValue = ["a": ["b": 1], "x": "outer"]
        #expect(try renderTemplate("{{#a}}[{{a.x}}]{{/a}}", data) == "[]")
        let nested: LayoutValue = ["a": ["b": ["c": "found"]], "z": ["a": ["d": 1]]]
        #expect(try renderTemplate("{{#z}}[{{a.b.c}}]{{/z}}", nested) == "[]")
    }

    @Test func dotIsTheCurrentValue() throws {
        #expect(try renderTemplate("{{#list}}<{{.}}>{{/list}}", ["list": ["a", "<b>"]]) == "<a><&lt;b&gt;>")
        #expect(try renderTemplate("{{#n}}{{.}}{{/n}}", ["n": 7]) == "7")
    }

    @Test func anchoredNamesLookOnlyAtTheCurrentValue() throws {
        let data: LayoutValue = ["outer": "o", "item": ["inner": "i"]]
        #expect(try renderTemplate("{{#item}}[{{.inner}}][{{.outer}}][{{outer}}]{{/item}}", data) == "[i][][o]")
    }

    @Test func whitespaceAroundVariablesIsKept() throws {
        #expect(try renderTemplate("  {{v}}\n", ["v": "x"]) == "  x\n")
        #expect(try renderTemplate("| {{v}} |", ["v": "x"]) == "| x |")
    }

    @Test func listsPrintLikeSwiftArrays() throws {
        #expect(try renderTemplate("{{{v}}}", ["v": ["a", 1] as LayoutValue]) == #"["a", 1]"#)
    }
}
