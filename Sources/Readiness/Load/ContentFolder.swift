import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file found in the content folder: where it is and how to name it.
public struct ContentFile: Sendable, Hashable {
    /// Where the file is in the file system: a path string rather than a
    /// URL, since listing 10,000s of files made a URL for each.
    public let location: String
    /// The path shown in diagnostics, e.g. `Content/reviews/payments-api.md`.
    public let path: String
    /// The file's stamp when it was listed, if the listing examined it:
    /// caches compare it instead of examining every file a second time.
    let listedStamp: FileStamp?

    public init(location: String, path: String) {
        self.init(location: location, path: path, listedStamp: nil)
    }

    init(location: String, path: String, listedStamp: FileStamp?) {
        self.location = location
        self.path = path
        self.listedStamp = listedStamp
    }

    public init(url: URL, path: String) {
        self.init(location: url.path, path: path)
    }

    public var url: URL { URL(fileURLWithPath: location) }
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
        let listing = listing(in: relative, extensions: extensions)
        return (listing.files, listing.diagnostics)
    }

    /// What listing a folder found.
    struct Listing {
        var files: [ContentFile]
        var diagnostics: [Diagnostic]
        /// True when every entry met was a plain file or folder, no link:
        /// then every listed file has its stamp, and a change below the
        /// folder is a change to a path below it (see ``ListingMemo``).
        var isPlain: Bool
    }

    /// `files(in:extensions:)`, saying whether the walk met only plain entries.
    func listing(in relative: String, extensions: Set<String>) -> Listing {
        var files: [ContentFile] = []
        var diagnostics: [Diagnostic] = []
        var isPlain = true
        let realRoot = root.resolvingSymlinksInPath().path
        var visitedFolders: Set<String> = []
        func walk(_ folder: URL, _ relativeFolder: String) {
            let real = folder.resolvingSymlinksInPath().path
            let folderPath = folder.path
            guard visitedFolders.insert(real).inserted else {
                diagnostics.append(Diagnostic(
                    .warning, "symlink-loop", "the folder is reached twice through symbolic links; it is read once",
                    at: SourceLocation(file: displayPath(relativeFolder)), hint: "Remove the link that loops back."))
                return
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sortedByUTF8()
            } catch {
                diagnostics.append(Diagnostic(
                    .error, "unreadable-file", "cannot list the folder: \(error.localizedDescription)",
                    at: SourceLocation(file: displayPath(relativeFolder)), hint: "Check the folder's permissions."))
                return
            }
            let visible = names.filter { !$0.hasPrefix(".") }
            // An `lstat` per entry is most of listing a large folder, and
            // `prr serve` lists every folder on every save: on every core.
            let examined = visible.parallelMap { name -> (location: String, entry: Entry, info: stat) in
                let location = folderPath.hasSuffix("/") ? folderPath + name : folderPath + "/" + name
                var info = stat()
                let entry = Self.entry(location, name: name, inFolderResolvedAs: real, info: &info)
                return (location, entry, info)
            }
            for (name, (location, entry, info)) in zip(visible, examined) {
                let type = info.st_mode & S_IFMT
                if type != S_IFREG, type != S_IFDIR { isPlain = false }
                let relative = relativeFolder.isEmpty ? name : "\(relativeFolder)/\(name)"
                if entry.resolved != realRoot, !entry.resolved.hasPrefix(realRoot + "/") {
                    diagnostics.append(Diagnostic(
                        .error, "symlink-outside", "`\(relative)` is a link to a place outside the content folder; it is skipped",
                        at: SourceLocation(file: displayPath(relative)),
                        hint: "Copy the file into the content folder instead of linking to it."))
                    continue
                }
                guard let isDirectory = entry.isDirectory else {
                    diagnostics.append(Diagnostic(
                        .error, "unreadable-file", "`\(relative)` is a broken link or an unreadable entry",
                        at: SourceLocation(file: displayPath(relative)), hint: "Remove the broken link."))
                    continue
                }
                if isDirectory {
                    walk(URL(fileURLWithPath: location, isDirectory: true), relative)
                } else if extensions.contains(Self.pathExtension(of: name)) {
                    // A plain file's `lstat` is its stamp; a link's is not its target's.
                    let stamp = type == S_IFREG ? FileStamp(info, as: displayPath(relative)) : nil
                    files.append(ContentFile(location: location, path: displayPath(relative), listedStamp: stamp))
                }
            }
        }
        let start = root.appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: start.path, isDirectory: &isDirectory), isDirectory.boolValue {
            // A watcher does not follow a linked folder below the root.
            var info = stat()
            if relative.isEmpty || lstat(start.path, &info) != 0 || (info.st_mode & S_IFMT) != S_IFDIR { isPlain = false }
            walk(start, relative)
        }
        return Listing(files: files, diagnostics: diagnostics, isPlain: isPlain && diagnostics.isEmpty)
    }

    /// Where a folder entry really is, and whether it is a folder (nil when
    /// it does not exist, such as a broken link).
    struct Entry: Equatable {
        var resolved: String
        var isDirectory: Bool?
    }

    /// Resolves the entry `name` of a folder whose resolved path is `folderResolved`.
    ///
    /// A plain file or folder (no link) is where its folder is: one `lstat`
    /// says so. Resolving every path component of every file through
    /// Foundation costs several system calls each, for 10,000s of reviews.
    /// Links and anything unusual take Foundation's way (`slowEntry`).
    static func entry(_ location: String, name: String, inFolderResolvedAs folderResolved: String) -> Entry {
        var info = stat()
        return entry(location, name: name, inFolderResolvedAs: folderResolved, info: &info)
    }

    /// `entry`, leaving in `info` what `lstat` said of a plain file or folder
    /// (zeroed otherwise).
    static func entry(_ location: String, name: String, inFolderResolvedAs folderResolved: String, info: inout stat) -> Entry {
        info = stat()
        if folderResolved.hasPrefix("/"), !folderResolved.hasSuffix("/"), lstat(location, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFREG || type == S_IFDIR {
                return Entry(resolved: folderResolved + "/" + name, isDirectory: type == S_IFDIR)
            }
        }
        return slowEntry(URL(fileURLWithPath: location))
    }

    /// A file name's extension, lowercased, as `URL.pathExtension` gives it
    /// (`md` of `a.MD`, nothing for `a` or `a.`), without making a URL.
    static func pathExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// `entry` through Foundation alone, for links and as the reference for tests.
    static func slowEntry(_ url: URL) -> Entry {
        let resolved = url.resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
            return Entry(resolved: resolved, isDirectory: nil)
        }
        return Entry(resolved: resolved, isDirectory: isDirectory.boolValue)
    }
}
