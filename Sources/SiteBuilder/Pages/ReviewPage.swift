import Readiness

/// One page per review: its facts as tables, its findings, then its body.
enum ReviewPage {
    static func render(_ document: ReviewDocument, site: Site, layouts: LayoutSet) -> RenderedPage {
        let review = document.review
        let path = SiteURLs.review(review.serviceName)
        var values = reviewSummaryValues(document, site: site, from: path)
        values["reviewMode"] = review.reviewMode?.rawValue
        values["file"] = review.file
        values["facts"] = ReviewFactsValues.make(review)
        values["bodyHTML"] = document.bodyHTML
        values["toc"] = document.headings.filter { $0.level == 2 }.map { ["text": $0.text, "anchor": $0.anchor] }
        values["checklist"] = checklistCounts(document)
        values["diagnostics"] = site.diagnostics(in: review.file).map { diagnostic in
            ["severity": diagnostic.severity.rawValue, "rule": diagnostic.ruleID, "message": diagnostic.message,
             "hint": diagnostic.hint as Any, "line": diagnostic.location.line] as [String: Any]
        }
        let context = PageContext(site: site, path: path, title: review.title, section: "reviews")
        return RenderedPage(path: path, html: layouts.render("review", context.values(["review": values])))
    }

    private static func checklistCounts(_ document: ReviewDocument) -> [String: Any] {
        var checked = 0, unchecked = 0, notApplicable = 0
        for item in document.checklist {
            switch item.state {
            case .checked: checked += 1
            case .unchecked: unchecked += 1
            case .notApplicable: notApplicable += 1
            }
        }
        return ["checked": checked, "unchecked": unchecked, "notApplicable": notApplicable, "total": document.checklist.count]
    }
}
