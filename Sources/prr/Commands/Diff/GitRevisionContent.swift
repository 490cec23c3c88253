import Foundation

/// The content folder as it was at a git revision, extracted into a
/// temporary folder with `git archive <rev> <path>` and `tar -x`.
///
/// `git archive` reads only the object database: it works in any clone
/// (shallow ones too, if the revision was fetched), leaves the working tree
/// and index alone, and needs no cleanup beyond deleting the folder.
struct GitRevisionContent {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The extracted content folder (may not exist when the revision has none).
    let content: URL
    /// The temporary folder to delete afterwards.
    let scratch: URL

    /// Extracts `contentPath` (a folder in the working tree) as of `revision`.
    static func extract(revision: String, contentPath: String) throws -> GitRevisionContent {
        let folder = URL(fileURLWithPath: contentPath).standardizedFileURL
        guard let top = try? git(["rev-parse", "--show-toplevel"], in: folder).trimmingCharacters(in: .newlines),
            !top.isEmpty
        else {
            throw Failure(description: "'\(contentPath)' is not inside a git repository; prr diff compares git revisions.")
        }
        guard let commit = try? git(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], in: folder)
            .trimmingCharacters(in: .newlines), !commit.isEmpty
        else {
            throw Failure(description: "'\(revision)' is not a revision of this repository (try a branch, a tag, a commit or HEAD~1).")
        }
        let prefix = try git(["rev-parse", "--show-prefix"], in: folder).trimmingCharacters(in: .newlines)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("prr-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let content = scratch.appendingPathComponent("tree").appendingPathComponent(prefix)
        do {
            try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
            // A revision before the content folder existed has an empty content folder.
            let exists = (try? git(["cat-file", "-e", "\(commit):\(prefix)"], in: folder)) != nil
            if exists {
                let archive = scratch.appendingPathComponent("content.tar")
                var arguments = ["archive", "--format=tar", "-o", archive.path, commit]
                if !prefix.isEmpty { arguments += ["--", prefix] }
                _ = try git(arguments, in: URL(fileURLWithPath: top))
                _ = try run("/usr/bin/env", ["tar", "-x", "-f", archive.path, "-C", scratch.appendingPathComponent("tree").path],
                            in: scratch)
            }
        } catch {
            try? FileManager.default.removeItem(at: scratch)
            throw error
        }
        return GitRevisionContent(content: content, scratch: scratch)
    }

    func remove() { try? FileManager.default.removeItem(at: scratch) }

    private static func git(_ arguments: [String], in directory: URL) throws -> String {
        try run("/usr/bin/env", ["git"] + arguments, in: directory)
    }

    /// Runs a program and returns its standard output; throws on a non-zero exit.
    private static func run(_ executable: String, _ arguments: [String], in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run \(arguments.first ?? executable): \(error.localizedDescription)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "\(arguments.prefix(2).joined(separator: " ")) failed: \(message)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
