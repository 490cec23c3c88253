import ArgumentParser
import Foundation
import Readiness

/// `prr diff --base <rev>`: what a change does to readiness, for a pull request.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare readiness in the working tree with a git revision.",
        discussion: """
            Reports reviews added and removed, tier, status and readiness changes, gaps opened \
            and closed (compared by service, rule, item and message, not line) and accepted \
            risks added and removed. The base is read with `git archive`; the head is the \
            content folder as it is on disk. Both are judged on the same day (the head's \
            `--today`, site.yaml or the clock). Exit status 2 outside a git repository or for \
            an unknown revision. In CI: `prr diff --base origin/main --format markdown`.
            """)

    @Option(name: .long, help: ArgumentHelp("The git revision to compare with: a branch, tag or commit.", valueName: "revision"))
    var base: String

    @Option(name: .long, help: ArgumentHelp("Output format: text, markdown (for a PR comment) or json.", valueName: "format"))
    var format: ReadinessDiffReport.Format = .text

    @OptionGroup var content: ContentOptions
    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if base.isEmpty || base.hasPrefix("-") {
            throw ValidationError("--base must name a revision, not '\(base)'.")
        }
    }

    func run() throws {
        let progress = ProgressLine("Comparing with \(base)…", enabled: !outputOptions.quiet)
        defer { progress.finish() }
        let headFolder = content.contentFolder
        let head = SiteLoader.load(content: headFolder, options: content.loaderOptions)
        let extracted: GitRevisionContent
        do {
            extracted = try GitRevisionContent.extract(revision: base, contentPath: content.content)
        } catch {
            progress.finish()
            Terminal.standardError("error: \(error)")
            throw ExitCode(2)
        }
        defer { extracted.remove() }
        var options = content.loaderOptions
        options.today = head.today
        // The base is shown under the same paths as the head, so messages compare equal.
        let baseSite = SiteLoader.load(
            content: ContentFolder(root: extracted.content, displayRoot: headFolder.displayRoot), options: options)
        let diff = ReadinessDiff(base: baseSite, head: head)
        progress.finish()
        Terminal.standardOutput(ReadinessDiffReport.render(diff, format: format, base: base))
        if outputOptions.verbose {
            Terminal.standardError("base: \(baseSite.reviews.count) reviews; head: \(head.reviews.count) reviews")
        }
    }
}

extension ReadinessDiffReport.Format: ExpressibleByArgument {}
