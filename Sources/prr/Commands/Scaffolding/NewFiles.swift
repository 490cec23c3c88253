import Foundation

/// Writes scaffolded files without ever overwriting one: what exists is
/// skipped and reported, so running a scaffolding command twice is safe.
struct NewFiles {
    /// The folder the relative paths are under.
    let root: URL
    /// How `root` is shown to the user ("" for the current folder).
    let displayRoot: String

    private(set) var written: [String] = []
    private(set) var skipped: [String] = []

    init(root: URL, displayRoot: String) {
        self.root = root
        self.displayRoot = displayRoot
    }

    func display(_ relative: String) -> String {
        displayRoot.isEmpty || displayRoot == "." ? relative : "\(displayRoot)/\(relative)"
    }

    /// Writes `text` to `relative` unless a file (or anything) is already there.
    mutating func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        // lstat, so a dangling symbolic link counts as existing and is never followed.
        var info = stat()
        if lstat(url.path, &info) == 0 {
            skipped.append(display(relative))
            return
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // .withoutOverwriting: O_EXCL, so a file created meanwhile is not replaced either.
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        written.append(display(relative))
    }

    /// Prints what was written and skipped, on standard error.
    func report(quiet: Bool) {
        if !quiet {
            for path in written { Terminal.standardError("created \(path)") }
        }
        for path in skipped { Terminal.standardError("skipped \(path) (it already exists)") }
    }
}
