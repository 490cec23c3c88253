/// Decides which URLs written in content may become links.
///
/// Only http, https and mailto addresses and relative references are links;
/// anything else (`javascript:`, `data:`, `file:`, unknown schemes) is shown
/// as text. Browsers ignore ASCII tab and newline inside a scheme and strip
/// leading control characters and spaces, so those are removed before the
/// scheme is read.
public enum SafeURL {
    public static func isSafe(_ url: String) -> Bool {
        let cleaned = url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let trimmed = cleaned.drop { $0.value <= 0x20 }
        var scheme = ""
        for scalar in trimmed {
            if scalar == ":" {
                return ["http", "https", "mailto"].contains(scheme.lowercased())
            }
            // A "/", "?" or "#" before any ":" makes it a relative reference.
            if scalar == "/" || scalar == "?" || scalar == "#" { return true }
            scheme.unicodeScalars.append(scalar)
        }
        return true
    }

    /// The URL when it is safe to link, else nil.
    public static func href(_ url: String?) -> String? {
        guard let url, !url.isEmpty, isSafe(url) else { return nil }
        return url
    }
}
