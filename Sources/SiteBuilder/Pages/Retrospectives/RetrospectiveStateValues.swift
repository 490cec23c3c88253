import Readiness

/// Where a launch stands with its retrospective, as layout values: the
/// schedule's state (`done`, `overdue`, `upcoming`) with its dates, day counts
/// and links. Used by the retrospectives index, the dashboard and review pages.
enum RetrospectiveStateValues {
    /// One schedule entry. Every key is present (sealed), so a row never shows
    /// an enclosing page's value.
    static func make(_ entry: RetrospectiveSchedule.Entry, directory: RetrospectiveDirectory, from page: String) -> LayoutValue {
        let root = SiteURLs.root(from: page)
        let review = entry.review.review
        var values: LayoutFacts = [
            "service": review.serviceName,
            "title": review.title,
            "reviewURL": root + SiteURLs.review(review.serviceName),
            "launchDate": entry.launchDate.description,
            "dueDate": entry.dueDate.description,
            "done": nil, "overdue": nil, "upcoming": nil,
            "retrospectives": entry.retrospectives.reversed().map { links($0, directory: directory, root: root) },
            "earlier": entry.retrospectives.dropLast().reversed().map { links($0, directory: directory, root: root) },
        ]
        switch entry.state {
        case .done(let latest):
            values["state"] = "done"
            values["done"] = sealed([
                "url": root + directory.path(of: latest),
                "date": latest.retrospective.date.description,
                "text": "held \(latest.retrospective.date)",
            ])
        case .overdue(let late):
            values["state"] = "overdue"
            values["overdue"] = sealed([
                "days": late,
                "text": "overdue by \(RetrospectiveFormatting.days(late))",
            ])
        case .upcoming(let left):
            values["state"] = "upcoming"
            values["upcoming"] = sealed([
                "days": left,
                "text": left == 0 ? "due today" : "due in \(RetrospectiveFormatting.days(left))",
            ])
        }
        return sealed(values)
    }

    /// The retrospective state of one review for its page: the schedule's
    /// entry when it is a launch, else its retrospectives (a retired service
    /// may have some); nil when there is nothing to say.
    static func review(_ document: ReviewDocument, directory: RetrospectiveDirectory, from page: String) -> LayoutValue? {
        if let entry = directory.scheduleEntryByReviewFile[document.file] {
            return make(entry, directory: directory, from: page)
        }
        let written = directory.retrospectives(of: document)
        guard let latest = written.last else { return nil }
        let root = SiteURLs.root(from: page)
        return sealed([
            "state": "done",
            "dueDate": nil, "overdue": nil, "upcoming": nil,
            "done": sealed([
                "url": root + directory.path(of: latest),
                "date": latest.retrospective.date.description,
                "text": "held \(latest.retrospective.date)",
            ]),
            "retrospectives": written.reversed().map { links($0, directory: directory, root: root) },
            "earlier": written.dropLast().reversed().map { links($0, directory: directory, root: root) },
        ])
    }

    /// A link to one retrospective, named by its date.
    static func links(_ document: RetrospectiveDocument, directory: RetrospectiveDirectory, root: String) -> LayoutValue {
        ["url": root + directory.path(of: document), "date": document.retrospective.date.description]
    }
}
