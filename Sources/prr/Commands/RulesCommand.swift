import ArgumentParser
import Readiness

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule prr checks, with what it means and how to fix it.")

    @Flag(name: .long, help: "Print a Markdown table (the one in the README).")
    var markdown = false

    func run() throws {
        var text = ""
        if markdown {
            for group in Rule.Group.allCases {
                let rules = RuleRegistry.all.filter { $0.group == group }
                guard !rules.isEmpty else { continue }
                text += "#### \(group.rawValue)\n\n| Rule | What it finds | How to fix it |\n|---|---|---|\n"
                for rule in rules {
                    let item = rule.item.map { " (item `\($0)`)" } ?? ""
                    text += "| `\(rule.id)` | \(cell(rule.title))\(item) | \(cell(rule.fix)) |\n"
                }
                text += "\n"
            }
        } else {
            for rule in RuleRegistry.all {
                text += "\(rule.id)\n  \(rule.title). \(rule.rationale == rule.title + "." ? "" : rule.rationale)\n  fix: \(rule.fix)\n"
            }
        }
        Terminal.standardOutput(text)
    }

    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
