import ArgumentParser
import Foundation
import Readiness

/// `prr init [DIR]`: a working starter site and its CI.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a starter site: Content/, an example review and a GitHub Actions workflow.",
        discussion: """
            Writes Content/site.yaml, Content/catalog/catalog-info.yaml (a Group, a User and a \
            Component), an example draft review that passes `prr check`, \
            .github/workflows/prr.yml (prr check on pull requests, prr build and GitHub Pages \
            on the default branch) and an /Output/ line in .gitignore. An existing file is \
            never overwritten: it is skipped and reported. Layouts come from prr's default \
            theme; `prr layouts export` writes them out to customise.
            """)

    @Argument(help: ArgumentHelp("The folder to create the site in (created if missing).", valueName: "dir"))
    var directory: String = "."

    @Option(name: .long, help: ArgumentHelp("The review date of the example review, as YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if let today, Day(today) == nil {
            throw ValidationError("--today must be a date in YYYY-MM-DD form, not '\(today)'.")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("'\(directory)' exists and is not a folder.")
        }
    }

    func run() throws {
        let root = URL(fileURLWithPath: directory)
        let day = today.flatMap { Day($0) } ?? Day.clockToday()
        var files = NewFiles(root: root, displayRoot: ContentOptions.display(directory))
        for file in StarterSite.files(today: day) { try files.write(file.path, file.text) }
        files.report(quiet: outputOptions.quiet)
        try ignoreOutput(in: root, display: files.display(".gitignore"))
        if !outputOptions.quiet {
            Terminal.standardError("""
                Next: cd \(ContentOptions.display(directory)) && prr check && prr serve
                      prr new <service> starts a review; prr layouts export customises the theme.
                """)
        }
    }

    /// Adds `/Output/` to .gitignore unless it already ignores the output folder.
    private func ignoreOutput(in root: URL, display: String) throws {
        let url = root.appendingPathComponent(".gitignore")
        let line = "/Output/"
        guard FileManager.default.fileExists(atPath: url.path) else {
            try Data("# prr's generated site\n\(line)\n".utf8).write(to: url, options: .withoutOverwriting)
            if !outputOptions.quiet { Terminal.standardError("created \(display)") }
            return
        }
        let existing = try String(contentsOf: url, encoding: .utf8)
        let lines = existing.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        if lines.contains(where: { ["Output", "Output/", "/Output", "/Output/"].contains($0) }) {
            if !outputOptions.quiet { Terminal.standardError("skipped \(display) (it already ignores Output/)") }
            return
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
        try handle.write(contentsOf: Data("\(separator)\(line)\n".utf8))
        if !outputOptions.quiet { Terminal.standardError("added \(line) to \(display)") }
    }
}
