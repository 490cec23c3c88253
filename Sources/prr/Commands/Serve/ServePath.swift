import Foundation

/// Maps a request path onto a file of the served folder, refusing every path
/// that could leave it: `..` segments (plain or percent-encoded), NUL bytes,
/// backslashes, malformed encodings, and symbolic links that point outside.
enum ServePath {
    enum Resolution: Equatable {
        /// A regular file inside the root.
        case file(URL)
        /// Nothing there (including hidden files such as `.prr-output`).
        case notFound
        /// A path that tries to leave the root.
        case forbidden

        /// A request's path inside the site, before it meets any file.
        enum Relative: Equatable {
            case path(String)
            case notFound
            case forbidden
        }
    }

    /// The path part of a request (no query) as a `/`-separated path inside
    /// the site, "" for its root.
    static func relative(_ rawPath: String) -> Resolution.Relative {
        guard let decoded = rawPath.removingPercentEncoding, decoded.hasPrefix("/") else { return .forbidden }
        if decoded.contains("\0") || decoded.contains("\\") { return .forbidden }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if parts.contains(where: { $0 == ".." || $0 == "." }) { return .forbidden }
        if parts.contains(where: { $0.hasPrefix(".") }) { return .notFound }
        return .path(parts.joined(separator: "/") + (decoded.hasSuffix("/") && !parts.isEmpty ? "/" : ""))
    }

    /// Resolves the path part of a request (no query) against `root`.
    static func resolve(_ rawPath: String, root: URL) -> Resolution {
        let relative: String
        switch Self.relative(rawPath) {
        case .forbidden: return .forbidden
        case .notFound: return .notFound
        case .path(let path): relative = path
        }
        var url = root
        for part in relative.split(separator: "/") { url.appendPathComponent(String(part)) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            url.appendPathComponent("index.html")
        }
        let realRoot = root.resolvingSymlinksInPath().path
        let real = url.resolvingSymlinksInPath().path
        guard real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else { return .forbidden }
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return .notFound
        }
        return .file(URL(fileURLWithPath: real))
    }

    /// Whether a request is for a page (rather than a stylesheet, image or data file).
    static func isPage(_ rawPath: String) -> Bool {
        let last = rawPath.split(separator: "/").last.map(String.init) ?? ""
        return rawPath.hasSuffix("/") || last.hasSuffix(".html") || !last.contains(".")
    }

    /// The Content-Type of a served file, by extension.
    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "atom": return "application/atom+xml"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "txt", "md": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
