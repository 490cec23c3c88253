import Testing
@testable import SiteBuilder

/// Templates that do not compile report a line, a column and a reason.
@Suite struct TemplateSyntaxErrorTests {
    @Test func unclosedSectionPointsAtItsOpeningTag() {
        let error = syntaxError("<p>\n  {{#items}}\n  text\n")
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(error?.message == "`{{#items}}` is never closed")
    }

    @Test func mismatchedCloseNamesBothTags() {
        let error = syntaxError("<footer>\n  {{#site}}\n  {{/page}}\n</footer>\n")
        #expect(error?.line == 3)
        #expect(error?.column == 3)
        #expect(error?.message == "`{{/page}}` does not close `{{#site}}`")
        #expect(syntaxError("x {{/alone}}")?.message == "`{{/alone}}` closes a section that is not open")
    }

    @Test func unclosedTags() {
        #expect(syntaxError("ab {{name")?.column == 4)
        #expect(syntaxError("{{name here}}")?.message == "a tag is not closed: `}}` should follow the name `name`")
        #expect(syntaxError("{{! never ends") != nil)
        #expect(syntaxError("{{{raw}}") != nil)
        #expect(syntaxError("tail {{") != nil)
    }

    @Test func badDelimitersAndTransforms() {
        #expect(syntaxError("{{=<% %>}}")?.message.contains("set-delimiter") == true)
        #expect(syntaxError("{{= =}}") != nil)
        #expect(syntaxError("{{empty(list}}") != nil)
        #expect(syntaxError("{{a)b}}") != nil)
        #expect(syntaxError("{{$upper(x)}}{{/upper(x)}}")?.message == "a block name cannot have a transform")
    }

    @Test func onlyBlocksMayAppearInsideAParent() {
        let error = syntaxError("{{<base}}\n  {{#x}}{{/x}}\n{{/base}}")
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(syntaxError("{{<base}}{{v}}{{/base}}") != nil)
        #expect(syntaxError("{{<base}} text {{! note }}{{$b}}{{v}}{{/b}}{{/base}}") == nil)
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(syntaxError("é✓ {{#x}}")?.column == 4)
    }

    @Test func tooDeepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "{{#a}}", count: 500) + String(repeating: "{{/a}}", count: 500)
        #expect(syntaxError(deep)?.message.contains("nest") == true)
        let fine = String(repeating: "{{#a}}", count: 150) + String(repeating: "{{/a}}", count: 150)
        #expect(syntaxError(fine) == nil)
    }
}
