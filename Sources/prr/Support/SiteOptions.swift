import ArgumentParser
import Foundation
import Readiness

/// The flags that say where a site's content is, shared by the commands that read it.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder (reviews, catalog, policy, site.yaml).")
    var content: String = "Content"

    @Option(name: .long, help: ArgumentHelp("The day time-based rules treat as today, as YYYY-MM-DD.",
                                            discussion: "Overrides `today` in site.yaml; without either, the clock's UTC date is used."))
    var today: String?

    @Option(name: .long, help: "The published address of the site, overriding site.yaml's base_url.")
    var baseURL: String?

    func validate() throws {
        if let today, Day(today) == nil {
            throw ValidationError("--today must be a date in YYYY-MM-DD form, not '\(today)'.")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("the content folder '\(content)' does not exist.")
        }
    }

    var contentFolder: ContentFolder {
        ContentFolder(root: URL(fileURLWithPath: content), displayRoot: Self.display(content))
    }

    var loaderOptions: SiteLoader.Options {
        SiteLoader.Options(today: today.flatMap { Day($0) }, baseURL: baseURL)
    }

    /// Paths are shown as the user typed them, without a trailing slash.
    static func display(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }
}

/// `--quiet` and `--verbose`, on every command.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print notes as well as errors and warnings.")
    var verbose = false
}
