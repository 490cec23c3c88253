import ArgumentParser

/// `prr new`: scaffold a review (the default) or a retrospective.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new review or retrospective from the policy.",
        discussion: """
            `prr new <service>` is short for `prr new review <service>`. \
            `prr new retrospective <service>` starts the 30-day retrospective of a launched review.
            """,
        subcommands: [NewReviewCommand.self, NewRetrospectiveCommand.self],
        defaultSubcommand: NewReviewCommand.self)
}
