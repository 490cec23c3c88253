import Foundation
import Testing
@testable import Readiness

@Suite struct JSONFormatTests {
    private func json(_ diagnostics: [Diagnostic], version: String = "1.2.3") -> String {
        DiagnosticPrinter.render(diagnostics, format: .json, options: .init(toolVersion: version))
    }

    private func parse(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func documentedShapeKeyOrderAndLayout() {
        #expect(json([DiagnosticSamples.error, DiagnosticSamples.warning]) == """
            {
              "version": 1,
              "tool": {
                "name": "prr",
                "version": "1.2.3"
              },
              "summary": {
                "errors": 1,
                "warnings": 1,
                "notes": 0
              },
              "diagnostics": [
                {
                  "file": "reviews/payments.md",
                  "line": 12,
                  "column": 3,
                  "severity": "error",
                  "kind": "finding",
                  "rule": "slo-missing",
                  "message": "SLO has no alert",
                  "hint": "add an `alert:` naming the page that fires"
                },
                {
                  "file": "reviews/legacy.md",
                  "line": 0,
                  "column": 0,
                  "severity": "warning",
                  "kind": "content",
                  "rule": "encoding",
                  "message": "file is not UTF-8",
                  "hint": null
                }
              ]
            }

            """)
    }

    @Test func emptyReportStillHasEveryKey() throws {
        let output = json([])
        #expect(output.contains("\"diagnostics\": []\n}\n"))
        let report = try parse(output)
        #expect(report["version"] as? Int == 1)
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 0)
        #expect(summary["warnings"] as? Int == 0)
        #expect(summary["notes"] as? Int == 0)
        #expect((report["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func parsesBackWithEveryField() throws {
        let report = try parse(json(DiagnosticSamples.all, version: "0.1.0 \"beta\""))
        #expect(report["version"] as? Int == 1)
        let tool = try #require(report["tool"] as? [String: Any])
        #expect(tool["name"] as? String == "prr")
        #expect(tool["version"] as? String == "0.1.0 \"beta\"")
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 2)
        #expect(summary["warnings"] as? Int == 1)
        #expect(summary["notes"] as? Int == 1)

        let entries = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(entries.count == DiagnosticSamples.all.count)
        for (entry, diagnostic) in zip(entries, DiagnosticSamples.all) {
            #expect(Set(entry.keys) == ["file", "line", "column", "severity", "kind", "rule", "message", "hint"])
            #expect(entry["file"] as? String == diagnostic.location.file)
            #expect(entry["line"] as? Int == diagnostic.location.line)
            #expect(entry["column"] as? Int == diagnostic.location.column)
            #expect(entry["severity"] as? String == diagnostic.severity.rawValue)
            #expect(entry["kind"] as? String == diagnostic.kind.rawValue)
            #expect(entry["rule"] as? String == diagnostic.ruleID)
            #expect(entry["message"] as? String == diagnostic.message)
            if let hint = diagnostic.hint {
                #expect(entry["hint"] as? String == hint)
            } else {
                #expect(entry["hint"] is NSNull)
            }
        }
    }

    @Test func hostileTextIsEscapedAndSafeToEmbed() {
        let output = json([DiagnosticSamples.hostileOne])
        #expect(!output.contains("</script>"))
        #expect(!output.contains("<b>"))
        #expect(output.contains("\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;"))
        #expect(output.contains(#""message": "He said \"stop\" \\ 100% done, %25 twice: a,b:c\r\nnext line\n"#))
        #expect(output.contains("café 🚀\\ttab \\u001b[31mred\\u0000nul\\u007f \\u2028ls\\u2029ps"))
        for forbidden: Unicode.Scalar in ["\u{0}", "\u{1B}", "\u{7F}", "\u{2028}", "\u{2029}", "\r", "\t"] {
            #expect(!output.unicodeScalars.contains(forbidden), "raw U+\(String(forbidden.value, radix: 16))")
        }
        // The only raw line breaks are the pretty-printer's own.
        #expect(output.split(separator: "\n").allSatisfy { $0.hasPrefix(" ") || $0 == "{" || $0 == "}" })
    }

    @Test func everyScalarClassRoundTrips() throws {
        var text = String(String.UnicodeScalarView((0...0x7F).compactMap(Unicode.Scalar.init)))
        text += "\u{80}\u{9F}\u{A0}\u{2028}\u{2029}\u{FEFF}\u{FFFD}\u{FFFF}\u{10FFFF}é👩‍👩‍👧"
        let diagnostic = Diagnostic(.note, text, text, at: SourceLocation(file: text), hint: text)
        let report = try parse(json([diagnostic]))
        let entry = try #require((report["diagnostics"] as? [[String: Any]])?.first)
        #expect(entry["file"] as? String == text)
        #expect(entry["rule"] as? String == text)
        #expect(entry["message"] as? String == text)
        #expect(entry["hint"] as? String == text)
    }

    @Test func writerEscapesControlCharactersAsJSONRequires() {
        var out = ""
        JSONWriter.appendQuoted("\u{8}\u{C}\n\r\t\u{1}\u{1F} \"\\/\u{FEFF}é", into: &out)
        #expect(out == #""\b\f\n\r\t\u0001\u001f \"\\/\ufeffé""#)
    }

    @Test func writerLaysOutEmptyAndNestedContainers() {
        let value: JSONValue = .object([
            ("a", .array([])), ("b", .object([])), ("c", .array([.int(-1), .bool(true), .null])),
        ])
        #expect(JSONWriter.document(value) == """
            {
              "a": [],
              "b": {},
              "c": [
                -1,
                true,
                null
              ]
            }

            """)
    }
}
