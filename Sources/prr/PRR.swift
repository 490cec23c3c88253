import ArgumentParser
import CommonMark

@main
struct PRR: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "prr",
        abstract: "Production Readiness Reviews from Markdown in git to a validated static site.",
        version: "\(version) (libcmark \(LibraryVersion.cmark))",
        subcommands: [
            BuildCommand.self, CheckCommand.self, InitCommand.self, NewCommand.self, ServeCommand.self,
            DiffCommand.self, LayoutsCommand.self, PolicyCommand.self, RulesCommand.self,
        ],
        defaultSubcommand: nil
    )
}
