import Foundation
import Testing
@testable import Readiness

/// A kept listing, updated from the changed files a watcher names, must
/// equal a fresh listing (stamps included) whenever it is used.
@Suite struct ListingMemoTests {
    private let extensions: Set<String> = ["md", "markdown"]

    private func content(_ folder: TemporaryFolder) -> ContentFolder {
        ContentFolder(root: folder.url, displayRoot: "Content")
    }

    private func fresh(_ folder: TemporaryFolder) -> [ContentFile] {
        content(folder).files(in: "reviews", extensions: extensions).files
    }

    private func memoised(_ memo: ListingMemo, _ folder: TemporaryFolder, changed: Set<String>?) -> [ContentFile] {
        memo.files(content(folder), in: "reviews", extensions: extensions, changedFiles: changed).files
    }

    private func path(_ folder: TemporaryFolder, _ relative: String) -> String {
        folder.url.standardizedFileURL.appendingPathComponent(relative).path
    }

    private func makeSite() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("reviews/a.md", "a")
        try folder.write("reviews/team/b.md", "b")
        try folder.write("reviews/c.markdown", "c")
        try folder.write("reviews/notes.txt", "not a review")
        try folder.write("retrospectives/r.md", "r")
        return folder
    }

    @Test func editsRemovalsAndSavesByRenameEqualAFreshListing() throws {
        let folder = try makeSite()
        defer { folder.remove() }
        let memo = ListingMemo()
        #expect(memoised(memo, folder, changed: nil) == fresh(folder))

        // An edit that changes the size.
        try folder.write("reviews/team/b.md", "b, longer now")
        #expect(memoised(memo, folder, changed: [path(folder, "reviews/team/b.md")]) == fresh(folder))

        // A save by rename: a new inode under the same name.
        try folder.write("reviews/.a.md.swp", "a saved")
        #expect(rename(path(folder, "reviews/.a.md.swp"), path(folder, "reviews/a.md")) == 0)
        let renamed: Set = [path(folder, "reviews/.a.md.swp"), path(folder, "reviews/a.md")]
        #expect(memoised(memo, folder, changed: renamed) == fresh(folder))

        // A removal, and files that are not listed, changed or gone.
        try FileManager.default.removeItem(atPath: path(folder, "reviews/c.markdown"))
        try folder.write("reviews/notes.txt", "still not a review")
        let removed: Set = [path(folder, "reviews/c.markdown"), path(folder, "reviews/notes.txt"),
                            path(folder, "reviews/gone.md~"), path(folder, "retrospectives/r.md")]
        let afterRemoval = memoised(memo, folder, changed: removed)
        #expect(afterRemoval == fresh(folder))
        #expect(afterRemoval.map(\.path) == ["Content/reviews/a.md", "Content/reviews/team/b.md"])
    }

    @Test func keptListingIsUsedOnlyForTheFilesNamed() throws {
        let folder = try makeSite()
        defer { folder.remove() }
        let memo = ListingMemo()
        let first = memoised(memo, folder, changed: nil)

        // What the watcher did not name is not looked at: that is the saving.
        try folder.write("reviews/team/b.md", "b, edited unseen")
        #expect(memoised(memo, folder, changed: []) == first)
        // Unknown changes list again.
        #expect(memoised(memo, folder, changed: nil) == fresh(folder))
    }

    @Test func newFilesFoldersAndTheFolderItselfListAgain() throws {
        let folder = try makeSite()
        defer { folder.remove() }
        let memo = ListingMemo()
        _ = memoised(memo, folder, changed: nil)

        // A new review: its place in the order comes from a real listing.
        try folder.write("reviews/b0.md", "new")
        let added = memoised(memo, folder, changed: [path(folder, "reviews/b0.md")])
        #expect(added == fresh(folder))
        #expect(added.map(\.path).contains("Content/reviews/b0.md"))

        // A changed path that is now a folder.
        try FileManager.default.removeItem(atPath: path(folder, "reviews/a.md"))
        try folder.write("reviews/a.md/inner.md", "inner")
        #expect(memoised(memo, folder, changed: [path(folder, "reviews/a.md")]) == fresh(folder))

        // The folder itself replaced.
        try FileManager.default.removeItem(atPath: path(folder, "reviews"))
        try folder.write("reviews/z.md", "z")
        #expect(memoised(memo, folder, changed: [path(folder, "reviews")]) == fresh(folder))
    }

    /// A watcher does not see edits through a link, so a listing that met
    /// one is never kept.
    @Test func aListingWithALinkIsNotKept() throws {
        let folder = try makeSite()
        defer { folder.remove() }
        try folder.write("shared/linked.md", "linked")
        try FileManager.default.createSymbolicLink(
            atPath: path(folder, "reviews/linked.md"), withDestinationPath: path(folder, "shared/linked.md"))
        let memo = ListingMemo()
        _ = memoised(memo, folder, changed: nil)

        try folder.write("reviews/team/b.md", "b, edited unseen")
        #expect(memoised(memo, folder, changed: []) == fresh(folder))
    }
}
