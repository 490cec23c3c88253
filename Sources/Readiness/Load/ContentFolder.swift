import Foundation

/// A file found in the content folder: where it is and how to name it.
public struct ContentFile: Sendable, Hashable {
    public let url: URL
    /// The path shown in diagnostics, e.g. `Content/reviews/payments-api.md`.
    public let path: String
}

/// Lists content files safely: sorted by path (the file system's order is
/// not stable), never following a symbolic link out of the content folder,
/// and never looping.
public struct ContentFolder: Sendable {
    public let root: URL
    /// How the root is shown in diagnostics (as the user passed it).
    public let displayRoot: String

    public init(root: URL, displayRoot: String) {
        self.root = root.standardizedFileURL
        self.displayRoot = displayRoot
    }

    /// The path shown for a path relative to the root.
    public func displayPath(_ relative: String) -> String {
        displayRoot.isEmpty || displayRoot == "." ? relative : "\(displayRoot)/\(relative)"
    }

    /// A single optional file such as `site.yaml`, if it exists.
    public func file(_ relative: String) -> ContentFile? {
        let url = root.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return ContentFile(url: url, path: displayPath(relative))
    }

    /// Every file below `relative` whose extension is in `extensions`, sorted by path.
    public func files(in relative: String, extensions: Set<String>) -> (files: [ContentFile], diagnostics: [Diagnostic]) {
        var files: [ContentFile] = []
        var diagnostics: [Diagnostic] = []
        let realRoot = root.resolvingSymlinksInPath().path
        var visitedFolders: Set<String> = []
        func walk(_ folder: URL, _ relativeFolder: String) {
            let real = folder.resolvingSymlinksInPath().path
            guard visitedFolders.insert(real).inserted else {
                diagnostics.append(Diagnostic(
                    .warning, "symlink-loop", "the folder is reached twice through symbolic links; it is read once",
                    at: SourceLocation(file: displayPath(relativeFolder)), hint: "Remove the link that loops back."))
                return
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            } catch {
                diagnostics.append(Diagnostic(
                    .error, "unreadable-file", "cannot list the folder: \(error.localizedDescription)",
                    at: SourceLocation(file: displayPath(relativeFolder)), hint: "Check the folder's permissions."))
                return
            }
            for name in names where !name.hasPrefix(".") {
                let url = folder.appendingPathComponent(name)
                let relative = relativeFolder.isEmpty ? name : "\(relativeFolder)/\(name)"
                let resolved = url.resolvingSymlinksInPath().path
                if resolved != realRoot, !resolved.hasPrefix(realRoot + "/") {
                    diagnostics.append(Diagnostic(
                        .error, "symlink-outside", "`\(relative)` is a link to a place outside the content folder; it is skipped",
                        at: SourceLocation(file: displayPath(relative)),
                        hint: "Copy the file into the content folder instead of linking to it."))
                    continue
                }
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
                    diagnostics.append(Diagnostic(
                        .error, "unreadable-file", "`\(relative)` is a broken link or an unreadable entry",
                        at: SourceLocation(file: displayPath(relative)), hint: "Remove the broken link."))
                    continue
                }
                if isDirectory.boolValue {
                    walk(url, relative)
                } else if extensions.contains(url.pathExtension.lowercased()) {
                    files.append(ContentFile(url: url, path: displayPath(relative)))
                }
            }
        }
        let start = root.appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: start.path, isDirectory: &isDirectory), isDirectory.boolValue {
            walk(start, relative)
        }
        return (files, diagnostics)
    }
}
