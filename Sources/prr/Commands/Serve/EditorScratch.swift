/// Files editors write beside the file being edited, which no save of
/// content or layouts is: backups (`payments-api.md~`), Emacs' auto-saves
/// (`#payments-api.md#`) and the file Vim writes to check that a folder is
/// writable before saving (`4913`). Hidden files (`.payments-api.md.swp`)
/// are ignored before this is asked; Hugo's watcher ignores the same kinds.
///
/// The site never reads them (their extensions are none of a content file's,
/// a layout's or an asset's), so rebuilding for them only repeats the
/// last build: Emacs auto-saves every few seconds while one types.
enum EditorScratch {
    /// Whether the file named `name` (not a folder: `2024/` may hold reviews) is scratch.
    static func isScratch(fileNamed name: String) -> Bool {
        if name.hasSuffix("~") { return true }
        if name.utf8.count > 1, name.hasPrefix("#"), name.hasSuffix("#") { return true }
        return !name.isEmpty && name.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
