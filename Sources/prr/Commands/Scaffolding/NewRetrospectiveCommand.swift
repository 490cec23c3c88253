import ArgumentParser
import Foundation
import Readiness

/// `prr new retrospective <service>`: a retrospective prefilled with the
/// review's predictions.
struct NewRetrospectiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retrospective",
        abstract: "Write Content/retrospectives/<service>.md, prefilled with the review's predictions.",
        discussion: """
            Copies the review's expected peak, lists each of its alerts with fired and \
            actionable counts of 0, dates it today, and adds the three sections. Refuses when \
            the service has no review or the retrospective already exists.
            """)

    @Argument(help: ArgumentHelp("The reviewed service, such as payments-api.", valueName: "service"))
    var service: String

    @OptionGroup var content: ContentOptions
    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        guard ServiceName.isValid(service) else {
            throw ValidationError("'\(service)' is not a valid service name: use letters, digits and - _ . between them, at most 63 characters.")
        }
    }

    func run() throws {
        let folder = content.contentFolder
        let relative = "retrospectives/\(service).md"
        let display = folder.displayPath(relative)
        if FileManager.default.fileExists(atPath: folder.root.appendingPathComponent(relative).path) {
            Terminal.standardError("error: \(display) already exists; prr new never overwrites a retrospective.")
            throw ExitCode.failure
        }
        let site = SiteLoader.load(content: folder, options: content.loaderOptions)
        guard let document = site.review(named: service) else {
            Terminal.standardError("error: \(service) has no review in \(folder.displayPath("reviews")); a retrospective checks a review's predictions.")
            throw ExitCode.failure
        }
        var files = NewFiles(root: folder.root, displayRoot: folder.displayRoot)
        try files.write(relative, RetrospectiveScaffold(review: document.review, today: site.today).text)
        files.report(quiet: outputOptions.quiet)
        guard files.skipped.isEmpty else { throw ExitCode.failure }
        if document.review.status != .launched {
            Terminal.standardError("warning: \(service) is \(document.review.status.rawValue), not launched; retrospectives follow a launch.")
        }
    }
}
