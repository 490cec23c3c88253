import Testing

/// Values page code builds only for layouts that name them.
@Suite struct LayoutValuesTests {
    /// The default theme shows no per-item scorecard, so reviews' pages leave
    /// the items out; a layout that names `items` gets every one.
    @Test func scorecardItemsReachALayoutThatNamesThem() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("Layouts/partials/scorecard.mustache", """
            <ul class="scorecard-items">
            {{#scorecard}}{{#items}}<li data-item="{{id}}" data-state="{{state}}">{{stateLabel}}</li>
            {{/items}}{{/scorecard}}</ul>

            """)
        let result = try site.prr(["build"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try site.read("Output/reviews/payments-api.html")
        let items = page.components(separatedBy: "<li data-item=").count - 1
        #expect(items > 20, "\(items) items")
        #expect(page.contains(#"data-state="met">✓ met</li>"#))
    }
}
