import Foundation
import Readiness

/// The stamps (size, modification time, inode) of every file and folder
/// below some folders: polled every few hundred milliseconds to notice
/// edits, portably (no inotify or FSEvents), at the cost of a walk of
/// `stat` calls per poll. Editors' scratch files are left out, as the
/// inotify watcher leaves them out.
struct FolderSnapshot: Equatable {
    private let stamps: [[FileStamp]]

    init(folders: [URL]) {
        stamps = folders.map { FileStamps.below($0, prefix: $0.path, skippingFile: EditorScratch.isScratch(fileNamed:)) }
    }
}
