import ArgumentParser
import Foundation
import Readiness

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate reviews against the policy and catalog without writing a site.",
        discussion: """
            Exit status: 0 when there are no errors, 1 when there are, 2 when the invocation \
            or the configuration is unusable. Findings on draft and in-review reviews are \
            warnings (open gaps); on approved and launched reviews they are errors.
            """)

    @OptionGroup var content: ContentOptions

    @Option(name: .long, help: ArgumentHelp("Output format: text, json, github or sarif.", valueName: "format"))
    var format: DiagnosticFormat = .text

    @Flag(name: .long, help: "Make every finding and warning an error.")
    var strict = false

    @Argument(help: ArgumentHelp(
        "Limit the report to these files (for editors and pre-commit hooks). The whole site is still read, so cross-review rules stay correct.",
        valueName: "file"))
    var files: [String] = []

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw ValidationError("no such file: \(file)")
        }
    }

    func run() throws {
        var options = content.loaderOptions
        options.strict = strict
        let site = SiteLoader.load(content: content.contentFolder, options: options)
        ProcessLifetime.keep(site)
        var diagnostics = site.diagnostics
        if !files.isEmpty {
            let wanted = Set(files.map(Self.normalised))
            diagnostics = diagnostics.filter { wanted.contains(Self.normalised($0.location.file)) }
        }
        if strict { diagnostics = diagnostics.map(Self.strictened) }
        let shown = outputOptions.filter(diagnostics)
        let printerOptions = DiagnosticPrinter.Options(
            useColor: format == .text && Terminal.isInteractive && ProcessInfo.processInfo.environment["NO_COLOR"] == nil,
            toolVersion: PRR.version,
            rules: RuleRegistry.all.map { RuleDescription(id: $0.id, title: $0.title, help: $0.fix) })
        let report = DiagnosticPrinter.render(shown, format: format, options: printerOptions)
        if format == .text {
            if !shown.isEmpty || !outputOptions.quiet { Terminal.standardError(report, newline: false) }
        } else {
            Terminal.standardOutput(report)
        }
        // A configuration that cannot be read makes every other answer unreliable.
        let configuration = Set(["site.yaml", "policy.yaml"].map { content.contentFolder.displayPath($0) })
        if site.diagnostics.contains(where: { $0.severity == .error && configuration.contains($0.location.file) }) {
            throw ExitCode(2)
        }
        let code = DiagnosticPrinter.exitCode(for: diagnostics, strict: strict)
        if code != 0 { throw ExitCode(code) }
    }

    /// Paths compare without a leading `./`.
    static func normalised(_ path: String) -> String {
        path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }

    static func strictened(_ diagnostic: Diagnostic) -> Diagnostic {
        var diagnostic = diagnostic
        if diagnostic.severity == .warning { diagnostic.severity = .error }
        return diagnostic
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
