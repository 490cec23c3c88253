import Testing
@testable import SiteBuilder

/// Standalone lines, comments and set delimiters.
@Suite struct TemplateWhitespaceTests {
    @Test func standaloneSectionLinesDisappear() throws {
        let template = "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n</ul>\n"
        #expect(try renderTemplate(template, ["items": ["a", "b"]]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
        let inverted = "a\n  {{^none}}\nshown\n  {{/none}}\nb\n"
        #expect(try renderTemplate(inverted) == "a\nshown\nb\n")
    }

    @Test func standaloneWorksWithCRLFAndAtTheEdges() throws {
        #expect(try renderTemplate("|\r\n{{#t}}\r\nin\r\n{{/t}}\r\n|", ["t": true]) == "|\r\nin\r\n|")
        #expect(try renderTemplate("  {{#t}}\nfirst\n{{/t}}", ["t": true]) == "first\n")
        #expect(try renderTemplate("x\n{{#t}}\ny{{/t}}", ["t": true]) == "x\ny")
    }

    @Test func tagsWithTextOnTheLineAreNotStandalone() throws {
        #expect(try renderTemplate(" {{#t}}yes{{/t}}\n", ["t": true]) == " yes\n")
        #expect(try renderTemplate("a {{#t}}\nb\n{{/t}} c\n", ["t": true]) == "a \nb\n c\n")
    }

    @Test func variablesAreNeverStandalone() throws {
        #expect(try renderTemplate("  {{v}}\n", ["v": ""]) == "  \n")
    }

    @Test func commentsRenderNothing() throws {
        #expect(try renderTemplate("1{{! one }}2{{!\nmulti\nline\n}}3") == "123")
        #expect(try renderTemplate("a\n  {{! standalone }}\nb\n") == "a\nb\n")
        #expect(try renderTemplate("a\r\n{{! crlf }}\r\nb") == "a\r\nb")
        #expect(try renderTemplate("a\n{{!\nspans\nlines\n}}\nb\n") == "a\nb\n")
        #expect(try renderTemplate("  x {{! inline }}\n") == "  x \n")
        #expect(try renderTemplate("a\n  {{! last }}") == "a\n")
    }

    @Test func setDelimitersChangeTheTags() throws {
        let data: LayoutValue = ["v": "<x>", "t": true]
        #expect(try renderTemplate("{{=<% %>=}}(<% v %>)(<%{ v }%>)", data) == "(&lt;x&gt;)(<x>)")
        #expect(try renderTemplate("{{=| |=}}|#t|[|v|]|/t| |={{ }}=|{{v}}", data) == "[&lt;x&gt;] &lt;x&gt;")
        #expect(try renderTemplate("[\n{{= @ @ =}}\n@v@\n]", data) == "[\n&lt;x&gt;\n]")
    }

    @Test func partialsKeepTheirOwnDelimiters() throws {
        let partials = ["p": "[{{v}}]"]
        #expect(try renderTemplate("{{=| |=}}|> p|", ["v": 1], partials: partials) == "[1]")
    }
}
