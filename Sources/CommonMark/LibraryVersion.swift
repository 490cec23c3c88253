import CCmark

/// The version of the libcmark library prr is linked against, for `prr --version`.
public enum LibraryVersion {
    public static var cmark: String { String(cString: cmark_version_string()) }
}
