/// Service names become file names and URLs, so they must follow Backstage's
/// entity name rules: letters, digits and `-_.` separators, starting and
/// ending with a letter or digit, at most 63 characters. That rules out
/// `../../etc/passwd`, `.git` and the empty name by construction.
public enum ServiceName {
    public static func isValid(_ name: String) -> Bool { EntityNameRules.isValidName(name) }
}
