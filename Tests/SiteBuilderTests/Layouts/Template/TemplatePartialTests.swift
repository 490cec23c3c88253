import Testing
@testable import SiteBuilder

/// Partials `{{> name}}` and inheritance `{{< parent}}` with `{{$ block}}`.
@Suite struct TemplatePartialTests {
    @Test func partialsRenderInTheCurrentContext() throws {
        let partials = ["item": "<{{name}}>"]
        let data: LayoutValue = ["list": [["name": "a"], ["name": "b"]]]
        #expect(try renderTemplate("{{#list}}{{> item}}{{/list}}", data, partials: partials) == "<a><b>")
        #expect(try renderTemplate("[{{>nowhere}}]") == "[]")
    }

    @Test func partialsMayRecurseOverNestedData() throws {
        let partials = ["node": "{{name}}({{#kids}}{{>node}}{{/kids}})"]
        let leaf: LayoutValue = ["name": "b", "kids": [LayoutValue]()]
        let data: LayoutValue = ["name": "r", "kids": [["name": "a", "kids": [leaf]] as LayoutValue, ["name": "c", "kids": [LayoutValue]()]]]
        #expect(try renderTemplate("{{>node}}", data, partials: partials) == "r(a(b())c())")
    }

    @Test func aPartialIncludingItselfForeverStops() throws {
        #expect(try renderTemplate("{{>loop}}", partials: ["loop": "x{{>loop}}"]) == String(repeating: "x", count: 199))
    }

    @Test func inlinePartialsAreNotIndented() throws {
        #expect(try renderTemplate("  {{v}} {{>p}}\n", ["v": "v"], partials: ["p": ">\n>"]) == "  v >\n>\n")
    }

    @Test func standalonePartialsIndentEveryLine() throws {
        let partials = ["p": "one\n{{{content}}}\ntwo\n"]
        let output = try renderTemplate("<\n  {{> p}}\n>", ["content": "a\nb"], partials: partials)
        // The interpolated value's own line break is not indented.
        #expect(output == "<\n  one\n  a\nb\n  two\n>")
        #expect(try renderTemplate("|\r\n{{>p}}\r\n|", partials: ["p": ">"]) == "|\r\n>|")
    }

    @Test func sectionsInsideAnIndentedPartialIndentEachLineOnce() throws {
        // Each level indents the lines its own output starts, and no line is
        // indented twice. As in swift-mustache, a list section's element
        // after the first starts the element's output, not a line of the
        // partial's, so its first line is not indented.
        let partials = ["p": "<ul>\n{{#rows}}\n<li>{{.}}</li>\n{{/rows}}\n{{^none}}\n<li>end</li>\n{{/none}}\n</ul>\n"]
        let output = try renderTemplate("<div>\n  {{>p}}\n</div>\n", ["rows": ["a", "b"]], partials: partials)
        #expect(output == "<div>\n  <ul>\n  <li>a</li>\n<li>b</li>\n  <li>end</li>\n  </ul>\n</div>\n")
    }

    @Test func nestedPartialsAddTheirIndentation() throws {
        let partials = ["outer": "o1\n  {{>inner}}\no2\n", "inner": "i1\ni2\n"]
        #expect(try renderTemplate("  {{>outer}}\n", partials: partials) == "  o1\n    i1\n    i2\n  o2\n")
    }

    @Test func blocksShowTheirDefaultWithoutAParent() throws {
        #expect(try renderTemplate("{{$title}}Default {{v}}{{/title}}", ["v": "x"]) == "Default x")
    }

    @Test func parentsTakeTheChildsBlocks() throws {
        let partials = ["base": "<h1>{{$title}}Untitled{{/title}}</h1>{{$body}}empty{{/body}}"]
        #expect(try renderTemplate("{{<base}}{{$title}}Hello{{/title}}{{/base}}", partials: partials) == "<h1>Hello</h1>empty")
        #expect(try renderTemplate("{{<base}}{{/base}}|{{>base}}", partials: partials) == "<h1>Untitled</h1>empty|<h1>Untitled</h1>empty")
    }

    /// Blocks inside blocks, parents inside overrides and partials inside
    /// either: each tag keeps its own name and content, however deep.
    @Test func nestedBlocksAndParentsKeepTheirOwnContent() throws {
        let partials = [
            "base": "[{{$outer}}o{{$inner}}i{{/inner}}{{/outer}}]",
            "wrap": "<{{$w}}{{<base}}{{$inner}}{{>leaf}}{{/inner}}{{/base}}{{/w}}>",
            "leaf": "L",
        ]
        #expect(try renderTemplate("{{<base}}{{/base}}", partials: partials) == "[oi]")
        #expect(try renderTemplate("{{<base}}{{$inner}}X{{/inner}}{{/base}}", partials: partials) == "[oX]")
        #expect(try renderTemplate("{{<base}}{{$outer}}Y{{/outer}}{{/base}}", partials: partials) == "[Y]")
        #expect(try renderTemplate("{{>wrap}}", partials: partials) == "<[oL]>")
        #expect(try renderTemplate("{{<wrap}}{{$w}}W{{/w}}{{/wrap}}", partials: partials) == "<W>")
    }

    @Test func textInsideAParentIsIgnored() throws {
        let partials = ["base": "[{{$b}}default{{/b}}]"]
        #expect(try renderTemplate("{{<base}} ignored {{$b}}kept{{/b}} also ignored {{/base}}", partials: partials) == "[kept]")
    }

    @Test func theOutermostOverrideWins() throws {
        let partials = [
            "middle": "{{<root}}{{$a}}middle{{/a}}{{/root}}",
            "root": "{{$a}}root{{/a}}",
        ]
        #expect(try renderTemplate("{{<middle}}{{$a}}top{{/a}}{{/middle}}", partials: partials) == "top")
        #expect(try renderTemplate("{{<middle}}{{/middle}}", partials: partials) == "middle")
    }

    @Test func overridesRenderInTheParentsContext() throws {
        let partials = ["base": "{{#inner}}{{$b}}{{v}}{{/b}}{{/inner}}"]
        let data: LayoutValue = ["v": "outer", "inner": ["v": "inner"]]
        #expect(try renderTemplate("{{<base}}{{$b}}v={{v}}{{/b}}{{/base}}", data, partials: partials) == "v=inner")
    }

    @Test func theSameParentTwiceWithDifferentBlocks() throws {
        let partials = ["p": "({{$x}}-{{/x}})"]
        #expect(try renderTemplate("{{<p}}{{$x}}1{{/x}}{{/p}}{{<p}}{{$x}}2{{/x}}{{/p}}{{<p}}{{/p}}", partials: partials) == "(1)(2)(-)")
    }

    @Test func standaloneParentsAndBlocksLoseTheirLines() throws {
        let partials = ["page": "<main>\n{{$content}}\n{{/content}}\n</main>\n"]
        let child = "{{<page}}\n{{$content}}\n<p>hi</p>\n{{/content}}\n{{/page}}\n"
        #expect(try renderTemplate(child, partials: partials) == "<main>\n<p>hi</p>\n</main>\n")
    }

    @Test func blockIndentationMovesToTheParentsPlace() throws {
        let partials = ["parent": "Hi,\n  {{$block}}\n  {{/block}}\n"]
        let child = "{{<parent}}{{$block}}\n    one\n    two\n{{/block}}{{/parent}}\n"
        #expect(try renderTemplate(child, partials: partials) == "Hi,\n  one\n  two\n")
    }
}
