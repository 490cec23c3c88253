import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths of catalog files: what they are called in diagnostics, and whether
/// they stay inside the site root once `..` and symbolic links are resolved.
struct CatalogPaths: Sendable {
    /// The site root, absolute and without `..`.
    let root: String
    /// The site root with symbolic links resolved.
    let realRoot: String
    /// Put before root-relative paths in diagnostics.
    let displayPrefix: String

    /// Where a path leads.
    enum Resolution: Equatable {
        /// An existing file inside the root: its real path (the identity used
        /// to load each file once) and its path for diagnostics.
        case inside(real: String, lexical: String, display: String)
        /// The path, or the file a link in it points to, is outside the root.
        case outside(display: String)
        case missing(display: String)
    }

    init(root: URL, displayPrefix: String) {
        self.root = Self.lexical(root.path)
        realRoot = Self.realPath(self.root) ?? self.root
        self.displayPrefix = displayPrefix
    }

    /// Resolves an absolute path.
    func resolve(_ path: String) -> Resolution {
        let lexical = Self.lexical(path)
        let display = display(lexical)
        guard let real = Self.realPath(lexical) else {
            return Self.isInside(lexical, root) ? .missing(display: display) : .outside(display: display)
        }
        return Self.isInside(real, realRoot) ? .inside(real: real, lexical: lexical, display: display) : .outside(display: display)
    }

    /// A path relative to the root, as diagnostics show it.
    func display(_ lexical: String) -> String {
        guard Self.isInside(lexical, root) else { return lexical }
        return displayPrefix + String(lexical.dropFirst(root == "/" ? 1 : root.count + 1))
    }

    /// The `*.yaml` and `*.yml` files under a folder, recursively, sorted by
    /// path. Hidden files and folders are left out.
    func descriptorFiles(under folder: URL) -> [String] {
        let manager = FileManager.default
        guard let walker = manager.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var files: [String] = []
        for case let url as URL in walker {
            let ext = url.pathExtension.lowercased()
            guard ext == "yaml" || ext == "yml" else { continue }
            files.append(Self.lexical(url.path))
        }
        return files.sorted()
    }

    /// The existing paths a glob pattern matches, sorted.
    static func matches(of pattern: String) -> [String] {
        var matches = glob_t()
        defer { globfree(&matches) }
        guard glob(pattern, 0, nil, &matches) == 0 else { return [] }
        return (0..<Int(matches.gl_pathc)).compactMap { matches.gl_pathv[$0].map { String(cString: $0) } }.sorted()
    }

    static func isGlob(_ text: String) -> Bool {
        text.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// Whether text starts with a URL scheme such as `https:` or `url:`.
    static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex,
            let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic
        else { return false }
        return text[..<colon].unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+.-".unicodeScalars.contains($0))
        }
    }

    /// An absolute path with `.` and `..` removed, without touching the file system.
    static func lexical(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    static func isInside(_ path: String, _ root: String) -> Bool {
        root == "/" || path == root || path.hasPrefix(root + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
