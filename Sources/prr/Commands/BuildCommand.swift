import ArgumentParser
import Foundation
import Readiness
import SiteBuilder

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Validate the content and build the site into the output folder.",
        discussion: """
            Every problem is reported at once. Malformed content fails the build and the \
            previous output folder is left exactly as it was; readiness findings are shown \
            on the site (use --strict to fail on them too).
            """)

    @OptionGroup var content: ContentOptions

    @Option(name: .long, help: "The folder of *.mustache layouts and assets that override the default theme (default: Layouts, if it exists).")
    var layouts: String?

    @Option(name: .long, help: "The folder the site is written to. It is replaced as a whole.")
    var output: String = "Output"

    @Flag(name: .long, help: "Replace the output folder even if prr did not create it.")
    var force = false

    @Flag(name: .long, help: "Fail the build on warnings and readiness findings as well.")
    var strict = false

    @Option(name: .long, help: "The folder that records the last build, so a build with nothing changed keeps the output (default: .prr-cache beside the output folder).")
    var cacheDir: String?

    @Flag(name: .long, help: "Build everything even if nothing changed since the last build.")
    var noCache = false

    @OptionGroup var outputOptions: OutputOptions

    private var loaderOptions: SiteLoader.Options {
        var options = content.loaderOptions
        options.strict = strict
        return options
    }

    /// Where the build record lives: `--cache-dir`, or `.prr-cache` beside the output.
    private var cacheFolder: URL? {
        guard !noCache else { return nil }
        if let cacheDir { return URL(fileURLWithPath: cacheDir) }
        return URL(fileURLWithPath: output).standardizedFileURL.deletingLastPathComponent().appendingPathComponent(".prr-cache")
    }

    func run() throws {
        let started = Date()
        let progress = ProgressLine("Building the site…", enabled: !outputOptions.quiet)
        var options = SiteBuild.Options(
            content: content.contentFolder,
            layouts: URL(fileURLWithPath: layouts ?? "Layouts"), layoutsDisplay: ContentOptions.display(layouts ?? "Layouts"),
            output: URL(fileURLWithPath: output), loader: loaderOptions,
            force: force, strict: strict, layoutsRequired: layouts != nil, cacheFolder: cacheFolder)
        options.keepsSiteUntilExit = true
        let result = SiteBuild.run(options)
        progress.finish()
        DiagnosticOutput.print(result.diagnostics, options: outputOptions)
        if let failure = result.failure {
            Terminal.standardError("error: \(failure)")
        }
        let seconds = Date().timeIntervalSince(started)
        let errors = result.diagnostics.count(of: .error)
        let warnings = result.diagnostics.count(of: .warning)
        let summary = result.upToDate
            ? "Nothing changed since the last build; \(output) is up to date with \(result.pagesWritten) pages from \(result.reviewCount) reviews"
            : result.published
            ? "Built \(result.pagesWritten) pages from \(result.reviewCount) reviews into \(output)"
            : "Build failed; \(output) left unchanged"
        if !outputOptions.quiet || !result.published {
            Terminal.standardError(String(format: "%@: %d errors, %d warnings, %.2f s", summary, errors, warnings, seconds))
        }
        if !result.published { throw ExitCode.failure }
    }
}
