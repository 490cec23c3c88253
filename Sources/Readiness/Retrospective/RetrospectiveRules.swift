/// The rules that check retrospectives against the reviews they judge, and
/// the one that asks for a retrospective once a launch is old enough.
extension Rule {
    static let retrospectiveNumbers = Rule(
        "retrospective-numbers", .retrospectives, title: "Alert counts that cannot be",
        rationale: "An alert cannot need action more often than it fired; the share of actionable pages is only worth reading if the counts are possible.",
        fix: "Set `actionable` to the number of firings that needed action, at most `fired`.")
    static let retrospectiveUnknownService = Rule(
        "retrospective-unknown-service", .retrospectives, title: "Retrospective for a service with no review",
        rationale: "A retrospective judges the predictions a review made; without the review there is nothing to compare.",
        fix: "Set `service:` to the service of an existing review (the file name under `reviews/`).")
    static let retrospectiveNotLaunched = Rule(
        "retrospective-not-launched", .retrospectives, title: "Retrospective for a service that has not launched",
        rationale: "A retrospective looks back at a launch; a review that is not `launched` or `retired` says the launch has not happened.",
        fix: "Set the review's `status: launched` (and its `launch_date`), or move the retrospective out until the launch.")
    static let retrospectiveBeforeLaunch = Rule(
        "retrospective-before-launch", .retrospectives, title: "Retrospective dated before the launch",
        rationale: "Production cannot have taught anything before the service was in production.",
        fix: "Check the retrospective's `date` and the review's `launch_date`; one of them is wrong.")
    static let retrospectiveInFuture = Rule(
        "retrospective-in-future", .retrospectives, title: "Retrospective dated in the future",
        rationale: "A retrospective records what happened; a date after today is a typo.",
        fix: "Set `date:` to the day the retrospective was held.")
    static let retrospectiveEstimateMismatch = Rule(
        "retrospective-estimate-mismatch", .retrospectives, title: "Expected peak differs from the review's",
        category: "capacity",
        rationale: "The prediction being judged must be the one the review made; a different expected peak makes the estimate ratio meaningless.",
        fix: "Copy `capacity.expected_peak_rps` from the review, or correct the review if it changed before launch.")
    static let retrospectiveUnknownAlert = Rule(
        "retrospective-unknown-alert", .retrospectives, title: "Alert the review does not declare",
        category: "monitoring",
        rationale: "Alert outcomes are read against the alerts the review promised; an unknown name is a typo or an alert added without review.",
        fix: "Use the alert's name as the review's `alerts:` lists it, or add the alert to the review.")
    static let retrospectiveOverdue = Rule(
        "retrospective-overdue", .retrospectives, title: "Retrospective overdue",
        category: "documentation",
        rationale: "The retrospective is where a launch's surprises turn into better reviews; after the policy's due days it is owed.",
        fix: "Write `Content/retrospectives/<service>.md` with the actual peak, alert outcomes, incidents and template changes.")

    /// Every retrospective rule, in the order the rule table lists them.
    public static let retrospectiveRules: [Rule] = [
        .retrospectiveNumbers, .retrospectiveUnknownService, .retrospectiveNotLaunched, .retrospectiveBeforeLaunch,
        .retrospectiveInFuture, .retrospectiveEstimateMismatch, .retrospectiveUnknownAlert, .retrospectiveOverdue,
    ]
}
