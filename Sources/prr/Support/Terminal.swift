import Foundation

/// Where the command line writes: diagnostics and summaries on standard error,
/// machine-readable results on standard output.
enum Terminal {
    static func standardError(_ text: String, newline: Bool = true) {
        FileHandle.standardError.write(Data((newline ? text + "\n" : text).utf8))
    }

    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Whether standard error is a terminal (colour and progress are only for people).
    static var isInteractive: Bool { isatty(STDERR_FILENO) == 1 }
}
