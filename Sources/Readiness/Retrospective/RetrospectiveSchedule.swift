/// Which launches owe a retrospective, which have one, and when the rest are due.
///
/// Every review with `status: launched` and a `launch_date` gets an entry:
/// the due date is the launch date plus the policy's
/// `retrospective_due_days`. A launch with at least one retrospective is
/// done (the latest by date is "the" retrospective; all are listed); one
/// without is overdue once the due date has passed and upcoming until then
/// (due today still counts as upcoming, with 0 days left). Retired reviews
/// and reviews without a launch date owe nothing.
public struct RetrospectiveSchedule: Sendable {
    /// Where one launch stands.
    public enum State: Sendable, Hashable {
        /// A retrospective was written; this is the latest one.
        case done(RetrospectiveDocument)
        /// The due date passed this many days ago and none was written.
        case overdue(daysLate: Int)
        /// Not yet due (0 on the due date itself) and none written.
        case upcoming(daysLeft: Int)
    }

    /// One launched review and its retrospectives.
    public struct Entry: Sendable {
        public var review: ReviewDocument
        public var launchDate: Day
        public var dueDate: Day
        public var state: State
        /// Every retrospective of the service, oldest first.
        public var retrospectives: [RetrospectiveDocument]

        /// The latest retrospective, if any.
        public var latest: RetrospectiveDocument? { retrospectives.last }

        public var isOverdue: Bool {
            if case .overdue = state { return true }
            return false
        }
    }

    /// One entry per launched review, by due date, then service and file.
    public let entries: [Entry]
    public let today: Day

    /// Pairs the retrospectives with the launched reviews.
    public init(reviews: [ReviewDocument], retrospectives: [RetrospectiveDocument], policy: Policy, today: Day) {
        self.today = today
        let dueDays = policy.thresholds.retrospectiveDueDays
        var byService: [String: [RetrospectiveDocument]] = [:]
        for document in retrospectives {
            byService[document.retrospective.serviceKey, default: []].append(document)
        }
        // Sorted once per service rather than once per review that names it.
        // The comparators read small keys: the documents are large values.
        for (service, written) in byService where written.count > 1 {
            let keys = written.map { ($0.retrospective.date, $0.file) }
            byService[service] = written.indices.sorted { keys[$0] < keys[$1] }.map { written[$0] }
        }
        var entries: [Entry] = []
        for document in reviews where document.review.status == .launched {
            guard let launch = document.review.launchDate else { continue }
            let due = launch.adding(days: dueDays)
            let written = byService[document.review.serviceKey] ?? []
            let state: State
            if let latest = written.last {
                state = .done(latest)
            } else if due < today {
                state = .overdue(daysLate: due.days(until: today))
            } else {
                state = .upcoming(daysLeft: today.days(until: due))
            }
            entries.append(Entry(review: document, launchDate: launch, dueDate: due, state: state, retrospectives: written))
        }
        let keys = entries.map { ($0.dueDate, $0.review.review.serviceName, $0.review.file) }
        self.entries = entries.indices.sorted { keys[$0] < keys[$1] }.map { entries[$0] }
    }

    /// Launches whose retrospective is overdue, most overdue first.
    public var overdue: [Entry] { entries.filter(\.isOverdue) }

    /// Launches with a retrospective.
    public var done: [Entry] {
        entries.filter { if case .done = $0.state { return true } else { return false } }
    }

    /// Launches whose retrospective is not yet due, soonest first.
    public var upcoming: [Entry] {
        entries.filter { if case .upcoming = $0.state { return true } else { return false } }
    }

    /// A `retrospective-overdue` finding for each overdue launch, at the
    /// review's `launch_date`. The caller sets the severity.
    public var findings: [Finding] {
        overdue.compactMap { entry in
            guard case .overdue(let late) = entry.state else { return nil }
            let days = late == 1 ? "1 day" : "\(late) days"
            return Finding(
                .retrospectiveOverdue,
                "the retrospective was due on \(entry.dueDate), \(days) ago (launched \(entry.launchDate))",
                at: entry.review.review.location(of: "launch_date"))
        }
    }
}
