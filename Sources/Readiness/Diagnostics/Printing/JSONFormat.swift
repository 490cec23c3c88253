/// The `json` format: a stable, versioned report for scripts and editors.
///
/// ## Schema, version 1
///
/// ```json
/// {
///   "version": 1,
///   "tool": {
///     "name": "prr",
///     "version": "0.1.0"
///   },
///   "summary": {
///     "errors": 1,
///     "warnings": 0,
///     "notes": 0
///   },
///   "diagnostics": [
///     {
///       "file": "reviews/payments.md",
///       "line": 12,
///       "column": 3,
///       "severity": "error",
///       "kind": "finding",
///       "rule": "slo-missing",
///       "message": "SLO has no alert",
///       "hint": "add an `alert:` naming the page that fires"
///     }
///   ]
/// }
/// ```
///
/// - `version` (integer): the schema version, `1`. It changes only when a
///   field is removed, renamed or changes meaning; new fields may be added
///   within a version, so readers should ignore keys they do not know.
/// - `tool.name` (string): always `"prr"`; `tool.version` (string): the
///   version that wrote the report.
/// - `summary` (object of integers): how many diagnostics of each severity;
///   always all three keys, including zeros.
/// - `diagnostics` (array): in the order the caller gave (`prr` sorts by
///   file, line, column, severity, rule, message); `[]` when there are none.
///   - `file` (string): the path as the user gave it.
///   - `line` (integer): 1-based; `0` means the whole file.
///   - `column` (integer): 1-based; `0` means the whole line (always `0`
///     when `line` is `0`).
///   - `severity` (string): `"error"`, `"warning"` or `"note"`.
///   - `kind` (string): `"content"` when the input could not be read as
///     written (bad YAML, wrong types, unreadable files), `"finding"` for a
///     readiness gap in a well-formed review.
///   - `rule` (string): the stable rule id.
///   - `message` (string): what is wrong, one sentence (it may contain line
///     breaks if the content it quotes does).
///   - `hint` (string or `null`): how to fix it; the key is always present.
///
/// ## Bytes
///
/// Keys are always written in the order shown (the JSON is written by hand,
/// not with `JSONEncoder`, whose `.sortedKeys` would give alphabetical order
/// instead). UTF-8, pretty-printed with a two-space indent and `": "`, ending
/// in a newline. In strings, `"` `\` and control characters are escaped as
/// JSON requires; DEL, U+2028, U+2029, U+FEFF, `<`, `>` and `&` are also
/// written as `\uXXXX` so the report can be embedded in HTML or JavaScript
/// safely and no reader drops an invisible character.
enum JSONFormat {
    /// The schema version written in `version`.
    static let schemaVersion = 1

    static func render(_ diagnostics: [Diagnostic], toolVersion: String) -> String {
        JSONWriter.document(report(diagnostics, toolVersion: toolVersion))
    }

    static func report(_ diagnostics: [Diagnostic], toolVersion: String) -> JSONValue {
        .object([
            ("version", .int(schemaVersion)),
            ("tool", .object([("name", .string("prr")), ("version", .string(toolVersion))])),
            (
                "summary",
                .object([
                    ("errors", .int(diagnostics.count(of: .error))),
                    ("warnings", .int(diagnostics.count(of: .warning))),
                    ("notes", .int(diagnostics.count(of: .note))),
                ])
            ),
            ("diagnostics", .array(diagnostics.map(entry))),
        ])
    }

    private static func entry(_ diagnostic: Diagnostic) -> JSONValue {
        let location = diagnostic.location
        return .object([
            ("file", .string(location.file)),
            ("line", .int(max(0, location.line))),
            ("column", .int(location.line > 0 ? max(0, location.column) : 0)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("kind", .string(diagnostic.kind.rawValue)),
            ("rule", .string(diagnostic.ruleID)),
            ("message", .string(diagnostic.message)),
            ("hint", .string(orNull: diagnostic.hint)),
        ])
    }
}
