import Foundation
import Testing
@testable import Readiness

/// Whatever `BlockYAMLComposer` accepts, it must compose to exactly the nodes
/// libyaml gives through `YAMLComposer`: values, styles and marks.
@Suite struct BlockYAMLComposerTests {
    /// libyaml's reading of `yaml`, described; nil when it fails.
    static func libyaml(_ yaml: String, limit: Int = YAMLNesting.limit, nodeLimit: Int = 200_000) -> String? {
        guard case .documents(let nodes) = YAMLComposer.composeAll(yaml, limit: limit, nodeLimit: nodeLimit) else { return nil }
        return nodes.map(YAMLComposerTests.describe).joined(separator: "\n")
    }

    /// The block reading described, or nil when it leaves the text to libyaml.
    static func block(_ yaml: String, limit: Int = YAMLNesting.limit, nodeLimit: Int = 200_000) -> String? {
        BlockYAMLComposer.composeAll(yaml, limit: limit, nodeLimit: nodeLimit)?
            .map(YAMLComposerTests.describe).joined(separator: "\n")
    }

    /// Lines that, three at a time, cover the subset's edges and what lies
    /// just outside it.
    static let lines: [String] = [
        "a: 1", "b: two words  ", "c:", "c:   ", "  d: 'q'", "  - x", "- y", "- k: v", "    k: \"d é\"",
        "e: [1, \"two\", 'three', f g ]", "f: []", "# note", "  # indented note", "", "   ", "---", "...",
        "g: v # note", "h: v#x", "i: 'it''s'", "j: \"a\\n\"", "k: -1", "l: é ✓ 𝄞", "m: a: b", "n:v",
        "o: [a, ]", "p: [a: b]", "q: [a, [b]]", "\tr: v", "s: |", "t: &a x", "u: *a", "? v", "w : v", "-",
        "- - x", "  continued", "x: \"y\" z", "y: ''", "z: ~", "é: \u{85}", "k: \u{2028}", "--- x", "k:\u{FEFF}v",
        "k: :x", "k: [\"a\" , b]", "k: [a #c]", "\"q\": v", "k: a\r", " - z", "k: {a: b}", "k: @x", "k: %x",
        "k: x:y", "k: [x:y]", "k: 'a\"b'", "k: \"a'b\"", "   k: v", "- 'a'", "- [a]", "-  k: v", "k: [ ]",
        "k: {a: b, c: \"d\"}", "- {ref: user:x, role: sre}", "k: {a: b: c}", "k: {a:b}", "k: {a: [b]}", "k: {}",
        "k: {a: }", "k: {a: b,}", "k: [user:x, a:,b]", "k: {a: x:?}", "k: {a b: 'c' }", "- {a: b} # c",
        "k: 'a'#c", "k: [a]#c", "k: \"a\"  # c", "k: ['a'#c]", "- 'a''b'",
    ]

    @Test func everyAcceptedTextMatchesLibyaml() {
        var accepted = 0
        var texts = 0
        for first in Self.lines {
            for second in Self.lines {
                for third in Self.lines {
                    for ending in ["", "\n"] {
                        let yaml = [first, second, third].joined(separator: "\n") + ending
                        texts += 1
                        guard let ours = Self.block(yaml) else { continue }
                        accepted += 1
                        #expect(ours == Self.libyaml(yaml), "\(yaml.debugDescription)")
                    }
                }
            }
        }
        // Most lines are outside the subset on purpose; enough texts must be inside it.
        #expect(accepted > 40_000, "accepted \(accepted) of \(texts)")
    }

    /// Random nested documents from the shapes front matter and catalog files use.
    @Test func randomDocumentsMatchLibyaml() {
        var state: UInt64 = 9
        func pick(_ count: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % count
        }
        let keys = ["name", "ref", "a b", "é", "url", "x.y", "k#1", "n_2"]
        let values = ["1", "two words", "\"quoted: yes\"", "'single'", "[a, b]", "[]", "https://x.example/a#b",
                      "v # note", "\"\"", "~", "2026-01-02", "é ✓", "[\"a\", 'b', c d]", "-2", "a,b",
                      "{ref: user:a.b, role: sre}", "{a: \"x y\", b: 'z'}", "{}"]
        var accepted = 0
        for _ in 0..<3_000 {
            var yaml = ""
            var indent = 0
            for _ in 0..<(1 + pick(12)) {
                let pad = String(repeating: " ", count: indent)
                let key = keys[pick(keys.count)]
                let value = values[pick(values.count)]
                switch pick(8) {
                case 0: yaml += "\(pad)\(key):\n"; indent += 2
                case 1: yaml += "\(pad)\(key):\n"
                case 2: yaml += "\(pad)- \(key): \(value)\n"; indent += 2
                case 3: yaml += "\(pad)- \(value)\n"
                case 4: indent = max(0, indent - 2); yaml += "\(String(repeating: " ", count: indent))\(key): \(value)\n"
                case 5: yaml += "\(pad)# note\n\n"
                case 6: yaml += "---\n"; indent = 0
                default: yaml += "\(pad)\(key): \(value)\n"
                }
            }
            guard let ours = Self.block(yaml) else { continue }
            accepted += 1
            #expect(ours == Self.libyaml(yaml), "\(yaml.debugDescription)")
        }
        #expect(accepted > 300, "accepted \(accepted)")
    }

    @Test func limitsAreLeftToLibyaml() {
        let nested = (0..<5).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " v\n"
        #expect(Self.block(nested, limit: 5) != nil)
        #expect(Self.block(nested, limit: 4) == nil)
        // The mapping, its key, the list and two items.
        let list = "k: [a, b]\n"
        #expect(Self.block(list, nodeLimit: 5) != nil)
        #expect(Self.block(list, nodeLimit: 4) == nil)
    }

    /// Columns count characters, so each mark on a non-ASCII line is
    /// counted; a long line must be counted once, not once per value.
    @Test func longNonASCIILinesAreCountedOnce() throws {
        let items = (0..<60_000).map { "é\($0)" }
        let yaml = "k: [" + items.joined(separator: ", ") + "]\n"
        let nodes = try #require(BlockYAMLComposer.composeAll(yaml, limit: 64, nodeLimit: 200_000))
        guard case .mapping(let mapping) = nodes.first, case .sequence(let list) = mapping.first?.value,
            let last = list.last?.mark
        else {
            Issue.record("not a mapping of a list")
            return
        }
        #expect(list.count == items.count)
        #expect(last.line == 1 && last.column == yaml.count - 1 - items[items.count - 1].count)
    }

    /// The example site's front matter is in the subset, so a build reads
    /// it without libyaml; catalog files read either way read the same.
    @Test func exampleSiteIsInTheSubset() throws {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Content").standardizedFileURL
        let files = try #require(FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil))
        var checked = 0
        for case let url as URL in files where ["md", "yaml"].contains(url.pathExtension) {
            let text = try String(contentsOf: url, encoding: .utf8)
            let yaml: String
            if url.pathExtension == "md" {
                guard case .success(let split) = FrontMatter.split(text), let frontMatter = split.yaml else { continue }
                yaml = String(frontMatter)
            } else {
                yaml = text
            }
            checked += 1
            let ours = Self.block(yaml)
            // Catalog files may hold API definitions as block scalars and
            // nested flow collections; front matter should not need them.
            #expect(ours != nil || url.pathExtension == "yaml", "\(url.lastPathComponent) left to libyaml")
            #expect(ours == nil || ours == Self.libyaml(yaml), "\(url.lastPathComponent)")
        }
        #expect(checked > 20)
    }
}
