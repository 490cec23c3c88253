import Foundation
import Testing
@testable import Readiness

/// `YAMLComposer` must build exactly the trees Yams builds and report exactly
/// what the two-pass path (a depth pass, then Yams) reported: `YamsReference`.
@Suite struct YAMLComposerTests {
    /// Every property of a tree that readers can see, marks and styles included.
    static func describe(_ node: YAMLNode) -> String {
        let mark = "@\(node.mark.line):\(node.mark.column)"
        switch node {
        case .scalar(let scalar):
            return "s(\(scalar.string.debugDescription) \(scalar.style.rawValue)\(mark))"
        case .sequence(let sequence):
            return "q(\(mark) [\(sequence.map(describe).joined(separator: ", "))])"
        case .mapping(let mapping):
            let pairs = mapping.map { "\(describe($0.key)): \(describe($0.value))" }
            return "m(\(mark) {\(pairs.joined(separator: ", "))})"
        }
    }

    static func describe(_ result: Result<[YAMLNode], Diagnostic>) -> String {
        switch result {
        case .success(let nodes): return nodes.map(describe).joined(separator: "\n")
        case .failure(let diagnostic):
            return "\(diagnostic.ruleID) \(diagnostic.location) \(diagnostic.message) \(diagnostic.hint ?? "")"
        }
    }

    static let samples: [String] = [
        "",
        "a: 1\nb: [x, y, {c: d}]\n",
        "service: payments\ntier: 1\nslos:\n  - name: availability\n    target: 99.9\n",
        "plain: it's\nsingle: 'q'\ndouble: \"a\\\\\"\nliteral: |\n  one\n  two\nfolded: >\n  one\n  two\n",
        "tagged: !!str 12\nlocal: !thing x\nseq: !!seq [a]\nmap: !!map {a: b}\nnull: ~\nempty:\n",
        "base: &b {x: 1, y: [1, 2]}\nuse: *b\nlist: &l [a, *b]\nagain: *l\nscalar: &s v\nref: *s\n",
        "---\na: 1\n---\nb: 2\n...\n---\n- c\n",
        "--- &a [1]\n--- *a\n",
        "---\n---\n",
        "- - - - x\n  - y\n- z\n",
        "? complex key\n: value\n? [a, b]\n: {c: d}\n",
        "unicode: \"é\\u00e9 \\x41 ✓\"\nkey with spaces: true\n",
        "a: 1\na: 2\n",
    ]

    static let hostile: [String] = [
        String(repeating: "[", count: 200),
        String(repeating: "[", count: 70) + String(repeating: "]", count: 70),
        String(repeating: "[", count: 64) + String(repeating: "]", count: 64),
        "a: [b, c\n",
        "a: *nowhere\n",
        "a: *nowhere\nb: " + String(repeating: "[", count: 80),
        "a: [\n" + String(repeating: "[", count: 80),
        "a: b: c\n",
        "key: \"unterminated\n",
        "\t- tab\n",
        "a: &x [1]\nb: &y [*x, *x, *x, *x, *x, *x, *x, *x, *x, *x]\nc: &z [*y, *y, *y, *y, *y, *y, *y, *y, *y, *y]\nd: [*z, *z]\n",
        "a: &x [1]\nb: &y [*x, *x, *x, *x, *x, *x, *x, *x, *x, *x]\nc: [*y, *y]\n---\n" + String(repeating: "[", count: 80),
        "a: &x [1]\nb: &y [*x, *x, *x, *x, *x, *x, *x, *x, *x, *x]\nc: [*y, *y]\n---\nx: [y\n",
        "x: &a [[[[[[[[[[1]]]]]]]]]]\ny: &b [[[[[[[[[[*a]]]]]]]]]]\nz: &c [[[[[[[[[[*b]]]]]]]]]]\nw: &d [[[[[[[[[[*c]]]]]]]]]]\nv: &e [[[[[[[[[[*d]]]]]]]]]]\nu: [[[[[[[[[[*e]]]]]]]]]]\n",
        "--- &a [1]\n--- [*a, *a]\n---\n*nowhere\n",
    ]

    @Test(arguments: samples + hostile) func matchesTheTwoPassPath(_ yaml: String) {
        for limit in [YAMLDocuments.defaultNodeLimit, 30] {
            let ours = YAMLDocuments.composeAll(yaml, file: "f.yaml", lineOffset: 1, nodeLimit: limit)
            let reference = YamsReference.composeAll(yaml, file: "f.yaml", lineOffset: 1, nodeLimit: limit)
            #expect(Self.describe(ours) == Self.describe(reference), "limit \(limit): \(yaml.debugDescription)")
        }
    }

    @Test func regressionsMatchTheTwoPassPath() throws {
        for name in FuzzRegressionTests.files {
            let bytes = try [UInt8](Data(contentsOf: FuzzRegressionTests.folder.appendingPathComponent(name)))
            guard case .success(let source) = SourceText.decode(bytes, path: name) else { continue }
            let ours = YAMLDocuments.composeAll(source.text, file: name)
            let reference = YamsReference.composeAll(source.text, file: name)
            #expect(Self.describe(ours) == Self.describe(reference), "\(name)")
        }
    }

    @Test func deepNestingIsRefusedWithoutRecursion() {
        let deep = String(repeating: "[", count: 100_000)
        guard case .tooDeep(let line, let column) = YAMLComposer.composeAll(deep, limit: 64, nodeLimit: 1_000) else {
            Issue.record("not refused")
            return
        }
        #expect(line == 1 && column == 65)
    }

    @Test func aliasBombsStopAtTheBudgetWithoutOverflow() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<40 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        guard case .tooLarge(let line) = YAMLComposer.composeAll(yaml, limit: 64, nodeLimit: 200_000) else {
            Issue.record("not refused")
            return
        }
        #expect(line == 1)
    }
}
