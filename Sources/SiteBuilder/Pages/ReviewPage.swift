import Readiness

/// One page per review: its readiness, scorecard and findings, its facts as
/// tables, then its body.
enum ReviewPage {
    static func render(_ index: Int, site: Site, retrospectives: RetrospectiveDirectory, layouts: LayoutSet) -> RenderedPage {
        let document = site.reviews[index]
        let validation = site.validations[index]
        let review = document.review
        let path = SiteURLs.review(review.serviceName)
        var values = reviewSummaryValues(index, site: site, from: path)
        values["reviewMode"] = review.reviewMode?.rawValue
        values["file"] = review.file
        values["facts"] = ReviewFactsValues.make(review)
        values["catalog"] = CatalogFactsValues.make(index, site: site, from: path)
        values["catalogDependencies"] = DependencyValues.make(index, site: site, from: path)
        values["bodyHTML"] = document.body
        values["retrospective"] = RetrospectiveStateValues.review(document, directory: retrospectives, from: path)
        values["toc"] = document.headings.filter { $0.level == 2 }.map { ["text": $0.text, "anchor": $0.anchor] as LayoutValue }
        values["scorecard"] = ScorecardValues.categories(validation.readiness, items: layouts.mentions("items"))
        values["findings"] = ScorecardValues.findings(validation, policy: site.policy)
        values["diagnostics"] = site.diagnostics(in: review.file).filter { $0.kind == .content }.map { diagnostic in
            ["severity": diagnostic.severity.rawValue, "rule": diagnostic.ruleID, "message": diagnostic.message,
             "hint": diagnostic.hint, "line": diagnostic.location.line] as LayoutValue
        }
        let context = PageContext(site: site, path: path, title: review.title, section: "reviews")
        return RenderedPage(path: path, bytes: layouts.render("review", context.values(["review": values])))
    }
}
