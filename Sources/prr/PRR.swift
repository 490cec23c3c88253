import ArgumentParser
import CommonMark

@main
struct PRR: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prr",
        abstract: "Production Readiness Reviews from Markdown in git to a validated static site.",
        version: "0.1.0 (libcmark \(LibraryVersion.cmark))",
        subcommands: [BuildCommand.self],
        defaultSubcommand: nil
    )
}
