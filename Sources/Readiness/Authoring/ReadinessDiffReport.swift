import Foundation

/// Writes a `ReadinessDiff` as plain text, as Markdown for a pull-request
/// comment, or as JSON for machines.
public enum ReadinessDiffReport {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, json
    }

    public static func render(_ diff: ReadinessDiff, format: Format, base: String) -> String {
        switch format {
        case .text: return text(diff, base: base)
        case .markdown: return markdown(diff, base: base)
        case .json: return json(diff, base: base)
        }
    }

    /// The report's sections: a title and one line per entry.
    static func sections(_ diff: ReadinessDiff, code: (String) -> String) -> [(title: String, lines: [String])] {
        func change(_ change: ReadinessDiff.Change) -> String {
            "\(code(change.service)): \(change.from) → \(change.to)"
        }
        func gap(_ gap: ReadinessDiff.Gap) -> String {
            "\(code(gap.service)) [\(gap.rule)] \(gap.message) (\(gap.file):\(gap.line))"
        }
        func risk(_ risk: ReadinessDiff.Risk) -> String {
            let by = risk.acceptedBy.map { " by \($0)" } ?? ""
            let until = risk.expires.map { " until \($0)" } ?? ""
            return "\(code(risk.service)) \(code(risk.item))\(by)\(until)"
        }
        return [
            ("Reviews added", diff.reviewsAdded.map(code)),
            ("Reviews removed", diff.reviewsRemoved.map(code)),
            ("Tier changes", diff.tierChanges.map(change)),
            ("Status changes", diff.statusChanges.map(change)),
            ("Readiness changes", diff.readinessChanges.map(change)),
            ("Gaps opened", diff.gapsOpened.map(gap)),
            ("Gaps closed", diff.gapsClosed.map(gap)),
            ("Accepted risks added", diff.risksAdded.map(risk)),
            ("Accepted risks removed", diff.risksRemoved.map(risk)),
        ].filter { !$0.1.isEmpty }
    }

    static func text(_ diff: ReadinessDiff, base: String) -> String {
        guard !diff.isEmpty else { return "No readiness changes since \(base).\n" }
        var out = "Readiness changes since \(base): \(diff.gapsOpened.count) gaps opened, \(diff.gapsClosed.count) closed\n"
        for section in sections(diff, code: { $0 }) {
            out += "\n\(section.title):\n"
            for line in section.lines { out += "  \(line)\n" }
        }
        return out
    }

    static func markdown(_ diff: ReadinessDiff, base: String) -> String {
        let base = markdownCode(base)
        guard !diff.isEmpty else { return "### Readiness changes\n\nNo readiness changes since \(base).\n" }
        var out = "### Readiness changes\n\nSince \(base): **\(diff.gapsOpened.count)** gaps opened, **\(diff.gapsClosed.count)** closed.\n"
        for section in sections(diff, code: markdownCode) {
            out += "\n#### \(section.title)\n\n"
            for line in section.lines { out += "- \(markdownEscaped(line))\n" }
        }
        return out
    }

    static func json(_ diff: ReadinessDiff, base: String) -> String {
        struct Document: Encodable {
            let base: String
            let diff: ReadinessDiff
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard let data = try? encoder.encode(Document(base: base, diff: diff)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Inline code that survives backticks in the text.
    static func markdownCode(_ text: String) -> String {
        let fence = text.contains("`") ? "`` " : "`"
        let close = text.contains("`") ? " ``" : "`"
        return fence + text + close
    }

    /// Keeps user text from opening HTML or links in a PR comment.
    static func markdownEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
