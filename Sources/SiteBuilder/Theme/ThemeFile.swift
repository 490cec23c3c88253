import Foundation

/// One file of the default theme that prr carries inside its binary: a
/// layout, a partial or the stylesheet, by its path inside a layouts folder.
///
/// The repository's `Layouts/` folder is the source of truth; `make theme`
/// embeds it as `DefaultTheme.swift`, and `prr layouts export` writes it back out.
public struct ThemeFile: Sendable, Hashable {
    /// The path inside a layouts folder, such as `partials/footer.mustache`.
    public let path: String
    public let text: String

    /// Every default file, sorted by path.
    public static let defaults: [ThemeFile] = DefaultTheme.files
        .map { ThemeFile(path: $0.path, text: $0.text) }
        .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }

    /// Whether the file is a Mustache layout rather than an asset.
    public var isLayout: Bool { path.hasSuffix(".mustache") }

    /// The layout name: the path without `.mustache`.
    public var layoutName: String { isLayout ? String(path.dropLast(".mustache".count)) : path }
}
