/// The `sarif` format: a SARIF 2.1.0 log (OASIS), as GitHub code scanning and
/// SARIF viewers read it.
///
/// ```json
/// {
///   "version": "2.1.0",
///   "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
///   "runs": [{
///     "tool": {"driver": {"name": "prr", "informationUri": "…", "version": "0.1.0",
///       "rules": [{"id": "slo-missing", "shortDescription": {"text": "…"},
///                  "help": {"text": "…"}, "helpUri": "…"}]}},
///     "results": [{"ruleId": "slo-missing", "ruleIndex": 0, "level": "error",
///       "message": {"text": "SLO has no alert\nadd an `alert:`"},
///       "locations": [{"physicalLocation": {
///         "artifactLocation": {"uri": "reviews/payments.md", "uriBaseId": "%SRCROOT%"},
///         "region": {"startLine": 12, "startColumn": 3}}}]}]
///   }]
/// }
/// ```
///
/// - `version` comes first so consumers can sniff it.
/// - `tool.driver.rules` holds one `reportingDescriptor` for every rule that
///   appears in the results, sorted by id; `result.ruleIndex` points into it.
///   With `RuleDescription` metadata, `shortDescription` is its title, `help`
///   its help and `helpUri` its URI; without, `shortDescription` is the id and
///   the rest is left out. `informationUri` and `version` are left out when
///   not configured.
/// - `level` is the severity (`error`, `warning`, `note`); `message.text` is
///   the message, then the hint on a new line.
/// - `artifactLocation.uri` is the path as a URI reference, percent-encoded
///   (everything but unreserved characters and `/`, so a `:` cannot read as
///   a scheme). Relative paths get `uriBaseId` `%SRCROOT%`; an absolute path
///   becomes a `file://` URI without a base, as SARIF requires.
/// - `region` is left out for whole-file diagnostics (line 0), `startColumn`
///   for whole-line ones (column 0). A diagnostic with an empty path has no
///   `locations`.
/// - Written by `JSONWriter` with its key order and escaping.
enum SARIFFormat {
    static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    static let sourceRootBase = "%SRCROOT%"

    static func render(_ diagnostics: [Diagnostic], options: DiagnosticPrinter.Options) -> String {
        JSONWriter.document(log(diagnostics, options: options))
    }

    static func log(_ diagnostics: [Diagnostic], options: DiagnosticPrinter.Options) -> JSONValue {
        let ruleIDs = Array(Set(diagnostics.map(\.ruleID))).sorted()
        let known = Dictionary(options.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let index = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })

        var driver: [(String, JSONValue)] = [("name", .string("prr"))]
        if let uri = options.informationURI { driver.append(("informationUri", .string(uri))) }
        if !options.toolVersion.isEmpty { driver.append(("version", .string(options.toolVersion))) }
        driver.append(("rules", .array(ruleIDs.map { descriptor(id: $0, metadata: known[$0]) })))

        let run: JSONValue = .object([
            ("tool", .object([("driver", .object(driver))])),
            ("results", .array(diagnostics.map { result($0, ruleIndex: index[$0.ruleID] ?? 0) })),
        ])
        return .object([
            ("version", .string("2.1.0")),
            ("$schema", .string(schemaURI)),
            ("runs", .array([run])),
        ])
    }

    private static func descriptor(id: String, metadata: RuleDescription?) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(id))]
        members.append(("shortDescription", text(metadata?.title ?? id)))
        if let help = metadata?.help { members.append(("help", text(help))) }
        if let uri = metadata?.helpURI { members.append(("helpUri", .string(uri))) }
        return .object(members)
    }

    private static func result(_ diagnostic: Diagnostic, ruleIndex: Int) -> JSONValue {
        var message = diagnostic.message
        if let hint = diagnostic.hint { message += "\n" + hint }
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(diagnostic.ruleID)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", .string(level(for: diagnostic.severity))),
            ("message", text(message)),
        ]
        if let location = physicalLocation(diagnostic.location) {
            members.append(("locations", .array([.object([("physicalLocation", location)])])))
        }
        return .object(members)
    }

    private static func physicalLocation(_ location: SourceLocation) -> JSONValue? {
        guard let uri = ArtifactURI(path: location.file) else { return nil }
        var artifact: [(String, JSONValue)] = [("uri", .string(uri.reference))]
        if !uri.isAbsolute { artifact.append(("uriBaseId", .string(sourceRootBase))) }

        var members: [(String, JSONValue)] = [("artifactLocation", .object(artifact))]
        if location.line > 0 {
            var region: [(String, JSONValue)] = [("startLine", .int(location.line))]
            if location.column > 0 { region.append(("startColumn", .int(location.column))) }
            members.append(("region", .object(region)))
        }
        return .object(members)
    }

    private static func level(for severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    /// A SARIF `message` / `multiformatMessageString` with only `text`.
    private static func text(_ value: String) -> JSONValue {
        .object([("text", .string(value))])
    }
}

/// A file path as a SARIF `artifactLocation.uri`.
struct ArtifactURI: Equatable {
    /// The percent-encoded URI reference.
    var reference: String
    /// Whether it is a `file://` URI rather than a path relative to the source root.
    var isAbsolute: Bool

    /// `nil` for an empty path, which names no artifact.
    init?(path: String) {
        #if os(Windows)
        var path = String(path.map { $0 == "\\" ? "/" : $0 })
        let windows = true
        #else
        var path = path
        let windows = false
        #endif
        while path.hasPrefix("./") { path.removeFirst(2) }
        guard !path.isEmpty else { return nil }

        if path.hasPrefix("/") {
            reference = "file://" + Self.encode(path)
            isAbsolute = true
        } else if windows && Self.hasDriveLetter(path) {
            reference = "file:///" + String(path.prefix(2)) + Self.encode(String(path.dropFirst(2)))
            isAbsolute = true
        } else {
            reference = Self.encode(path)
            isAbsolute = false
        }
    }

    /// `C:/…`: a Windows absolute path once backslashes are slashes. (Only on
    /// Windows: elsewhere `\` and `C:` are ordinary file name characters.)
    private static func hasDriveLetter(_ path: String) -> Bool {
        let bytes = Array(path.utf8.prefix(3))
        guard bytes.count == 3, bytes[1] == UInt8(ascii: ":"), bytes[2] == UInt8(ascii: "/") else {
            return false
        }
        return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[0] | 0x20)
    }

    /// Percent-encodes every UTF-8 byte except RFC 3986 unreserved characters and `/`.
    static func encode(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"),
                UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out.append(hex.count == 1 ? "%0\(hex)" : "%\(hex)")
            }
        }
        return out
    }
}
