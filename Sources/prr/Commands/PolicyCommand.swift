import ArgumentParser
import Foundation
import Readiness

struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Print the effective policy (built-in default plus policy.yaml) as YAML.",
        discussion: "Redirect it into Content/policy.yaml to start a policy of your own.")

    @Option(name: .long, help: "The content folder whose policy.yaml is applied.")
    var content: String = "Content"

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let folder = ContentFolder(root: URL(fileURLWithPath: content), displayRoot: ContentOptions.display(content))
        let file = folder.file("policy.yaml")
        let (policy, diagnostics) = PolicyLoader.load(contentsOf: file?.url, path: file?.path ?? "policy.yaml")
        DiagnosticOutput.print(diagnostics, options: outputOptions)
        if diagnostics.hasErrors { throw ExitCode(2) }
        Terminal.standardOutput(PolicyPrinter.yaml(policy))
    }
}
