import Foundation
import Readiness

/// Everything the result of a build depends on, taken cheaply from file
/// stamps: prr itself, the options, every file of the content and layouts
/// folders, and the output folder as the last build left it.
///
/// Two equal fingerprints mean the build would write the same bytes again,
/// so `prr build` can keep the output it has. Any difference — an edit, a new
/// or removed file, another `--today`, a rebuilt prr — means a full build.
struct BuildFingerprint: Equatable, Sendable {
    /// prr's version and the stamp of its executable, so a rebuilt prr never
    /// trusts what an older one wrote.
    var tool: [String]
    /// The options that shape the output, resolved (the clock's day when no `--today`).
    var options: [String]
    var inputs: [FileStamp]
    /// The output folder's marker, rewritten by every build: a site replaced
    /// or removed since is noticed.
    var output: FileStamp?

    /// The fingerprint of a build with `options`, before it runs.
    static func take(_ options: SiteBuild.Options) -> BuildFingerprint {
        let executable = FileStamp.of("/proc/self/exe", as: "prr")
            ?? CommandLine.arguments.first.flatMap { FileStamp.of($0, as: "prr") }
        let loader = options.loader
        return BuildFingerprint(
            tool: [SiteBuild.generator, executable.map { "\($0.size) \($0.modified) \($0.inode)" } ?? "unknown"],
            options: [
                "today=\((loader.today ?? Day.clockToday()).description)",
                "base-url=\(loader.baseURL ?? "")",
                "strict=\(options.strict)",
                "layouts=\(options.layouts.standardizedFileURL.path)",
                "layouts-required=\(options.layoutsRequired)",
                "content=\(options.content.root.standardizedFileURL.path)",
                "output=\(options.output.standardizedFileURL.path)",
            ],
            inputs: FileStamps.below(options.content.root, prefix: "content")
                + FileStamps.below(options.layouts, prefix: "layouts"),
            output: outputStamp(options.output))
    }

    static func outputStamp(_ output: URL) -> FileStamp? {
        FileStamp.of(output.appendingPathComponent(OutputWriter.markerName).path, as: "output")
    }

    /// Whether an input was modified so recently that its stamp cannot be
    /// trusted (``FileStamp/isRacy(at:window:)``); such a fingerprint is not kept.
    func isRacy(at time: Date, window: TimeInterval = 2) -> Bool {
        inputs.contains { $0.isRacy(at: time, window: window) }
    }
}
