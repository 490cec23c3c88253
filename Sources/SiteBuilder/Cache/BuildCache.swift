import Foundation
import Readiness

/// The record of the last successful build into an output folder, kept in
/// a cache folder (`.prr-cache/` by default): its fingerprint and what it
/// reported. A build whose fingerprint matches reports the same again and
/// leaves the output as it is.
struct BuildCache {
    /// Kept as `BuildRecordFormat` writes it; a record of another shape is ignored.
    struct Record {
        var fingerprint: BuildFingerprint
        var diagnostics: [Diagnostic]
        var reviewCount: Int
        var pagesWritten: Int
    }

    let folder: URL
    let output: URL

    /// One record per output folder, named after its path.
    private var file: URL { folder.appendingPathComponent(stem + ".record") }

    /// The record's name without its extension.
    private var stem: String {
        let path = output.standardizedFileURL.path
        let name = String(path.unicodeScalars.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0)
                || ("0"..."9").contains($0) ? Character($0) : "_" }.suffix(60))
        return "build-\(name)-\(Self.hash(path))"
    }

    /// Where prr before the record format kept this output's record, as
    /// JSON (17 MB at 10,000 reviews). Nothing reads it now; storing a
    /// record removes it.
    private var formerJSONFile: URL { folder.appendingPathComponent(stem + ".json") }

    /// The record for `fingerprint`, when the last build had exactly it.
    func record(matching fingerprint: BuildFingerprint) -> Record? {
        guard let data = try? Data(contentsOf: file), let record = BuildRecordFormat.decode(Array(data)),
              record.fingerprint == fingerprint
        else { return nil }
        return record
    }

    /// Keeps the record of a build that published; a cache that cannot be
    /// written only costs the next build its shortcut.
    func store(_ record: Record) {
        let data = Data(BuildRecordFormat.encode(record))
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // The folder ignores itself, as pytest's and ruff's caches do, so it
        // never shows up in the site's git status whatever .gitignore says.
        let ignore = folder.appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore.path) {
            try? Data("# Written by prr build; safe to delete.\n*\n".utf8).write(to: ignore)
        }
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid())")
        guard (try? data.write(to: temporary)) != nil else { return }
        if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        try? FileManager.default.removeItem(at: formerJSONFile)
    }

    /// Forgets the record, before a build that may change the output.
    func invalidate() {
        try? FileManager.default.removeItem(at: file)
    }

    /// FNV-1a of a path: a stable file name part (Swift's `hashValue` is seeded per process).
    private static func hash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
