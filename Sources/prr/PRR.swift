import ArgumentParser
import CommonMark
import Foundation

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

    /// Runs the command; a bad invocation exits 2 (the documented code for
    /// CI scripts) rather than ArgumentParser's default of 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
