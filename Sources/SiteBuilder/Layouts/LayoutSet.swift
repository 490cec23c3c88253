import Foundation
import Readiness

/// A file copied into the site's `assets/` folder: the stylesheet, scripts, icons.
public struct LayoutAsset: Sendable {
    /// The path inside the layouts folder (and below `assets/`).
    public let path: String
    public let data: Data
}

/// The page layouts of a site: prr's embedded default theme, with each file of
/// the site's layouts folder overriding the default of the same name, one file
/// at a time. Everything is checked before any page is rendered, so a missing
/// partial or a syntax error is a diagnostic with the template's line and
/// column, never an empty page.
public struct LayoutSet: Sendable {
    /// The layouts every site needs, by name (file name without `.mustache`).
    public static let requiredLayouts = ["index", "review"]
    /// How diagnostics name a file of the embedded default theme.
    public static let defaultThemeDisplay = "(default theme)"

    static let assetExtensions: Set<String> = ["css", "js", "svg", "png", "ico", "woff2", "txt"]

    let library: TemplateLibrary
    /// Layout names that exist.
    public let names: Set<String>
    /// Files other than layouts (stylesheet, scripts, icons), copied to `assets/`.
    public let assets: [LayoutAsset]

    /// Loads the default theme, then the layouts in `folder` on top of it.
    ///
    /// A missing folder means "defaults only" unless `folderRequired` (the
    /// user named the folder), when it is an error.
    public static func load(from folder: URL, displayPath: String, folderRequired: Bool = true) -> (LayoutSet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var templates: [String: (path: String, text: String)] = [:]
        var assets: [String: Data] = [:]
        for file in ThemeFile.defaults {
            if file.isLayout {
                templates[file.layoutName] = ("\(defaultThemeDisplay)/\(file.path)", file.text)
            } else {
                assets[file.path] = Data(file.text.utf8)
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue {
            let layoutFolder = ContentFolder(root: folder, displayRoot: displayPath)
            let prefix = layoutFolder.root.path.count + 1
            let layouts = layoutFolder.files(in: "", extensions: ["mustache"])
            let assetFiles = layoutFolder.files(in: "", extensions: assetExtensions)
            diagnostics += layouts.diagnostics + assetFiles.diagnostics
            for file in layouts.files {
                let name = String(file.url.standardizedFileURL.deletingPathExtension().path.dropFirst(prefix))
                switch SourceText.read(file.url, path: file.path) {
                case .failure(let diagnostic): diagnostics.append(diagnostic)
                case .success(let source): templates[name] = (file.path, source.text)
                }
            }
            for file in assetFiles.files {
                let relative = String(file.url.standardizedFileURL.path.dropFirst(prefix))
                switch FileBytes.read(file.url) {
                case .success(let bytes): assets[relative] = Data(bytes)
                case .failure(let failure):
                    diagnostics.append(Diagnostic(
                        .error, "unreadable-file", "cannot read the file: \(failure.reason)",
                        at: SourceLocation(file: file.path), hint: "Check the file's permissions."))
                }
            }
        } else if folderRequired {
            return (nil, [Diagnostic(
                .error, "layout-missing", "the layouts folder does not exist",
                at: SourceLocation(file: displayPath),
                hint: "Pass --layouts with the folder that holds the *.mustache files, or leave it out to use the default theme.")])
        }
        var library = TemplateLibrary()
        var sources: [(name: String, path: String, template: CompiledTemplate)] = []
        for name in templates.keys.sorted() {
            guard let (path, text) = templates[name] else { continue }
            do {
                let template = try CompiledTemplate(text)
                library.register(template, named: name)
                sources.append((name, path, template))
            } catch {
                diagnostics.append(Diagnostic(
                    .error, "layout-syntax", "template syntax error: \(error.message)",
                    at: SourceLocation(file: path, line: error.line, column: error.column),
                    hint: "Check that every {{#section}} has a matching {{/section}} and every tag is closed."))
            }
        }
        let names = Set(sources.map(\.name))
        for source in sources {
            for reference in source.template.references where !names.contains(reference.name) {
                diagnostics.append(Diagnostic(
                    .error, "layout-missing-partial", "the layout uses `\(reference.name)`, which does not exist",
                    at: SourceLocation(file: source.path, line: reference.line, column: reference.column),
                    hint: "Add \(displayPath)/\(reference.name).mustache or fix the name."))
            }
        }
        for required in requiredLayouts where !names.contains(required) {
            diagnostics.append(Diagnostic(
                .error, "layout-missing", "the layout `\(required).mustache` is missing",
                at: SourceLocation(file: displayPath), hint: "Add \(displayPath)/\(required).mustache."))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let assetList = assets.keys.sorted().compactMap { path in assets[path].map { LayoutAsset(path: path, data: $0) } }
        return (LayoutSet(library: library, names: names, assets: assetList), diagnostics)
    }

    /// Whether any layout or partial uses a value called `name`, alone or
    /// as part of a dotted name. Page code leaves out a costly value no
    /// layout names (a review's per-item scorecard): nothing could show it
    /// but printing a whole map with `{{.}}`.
    func mentions(_ name: String) -> Bool {
        library.valueNames.contains(name)
    }

    /// Renders a page, as UTF-8, with a layout that `load` checked exists.
    func render(_ layout: String, _ context: LayoutValue) -> [UInt8] {
        library.render(layout, context) ?? []
    }
}
