import ArgumentParser
import Foundation
import SiteBuilder

/// `prr layouts`: the default theme carried inside prr.
struct LayoutsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layouts",
        abstract: "Work with prr's default theme (layouts and stylesheet).",
        discussion: """
            prr carries its default layouts inside the binary. A site's Layouts/ folder needs \
            only the files it changes: each file there replaces the default of the same name.
            """,
        subcommands: [LayoutsExportCommand.self, LayoutsListCommand.self])
}

/// `prr layouts export [DIR]`: write the defaults out to customise them.
struct LayoutsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the default layouts and stylesheet into a folder, never overwriting a file.",
        discussion: "Existing files are skipped and reported; delete the ones you do not change, so they keep following prr's defaults.")

    @Argument(help: ArgumentHelp("The folder to write to.", valueName: "dir"))
    var directory: String = "Layouts"

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        var files = NewFiles(root: URL(fileURLWithPath: directory), displayRoot: ContentOptions.display(directory))
        for file in ThemeFile.defaults { try files.write(file.path, file.text) }
        files.report(quiet: outputOptions.quiet)
        if !outputOptions.quiet {
            Terminal.standardError("\(files.written.count) written, \(files.skipped.count) skipped")
        }
    }
}

/// `prr layouts list`: the names of the default files.
struct LayoutsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the files of the default theme.")

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        Terminal.standardOutput(ThemeFile.defaults.map { $0.path + "\n" }.joined())
    }
}
