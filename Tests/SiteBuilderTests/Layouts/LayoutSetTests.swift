import Foundation
import Readiness
import Testing
@testable import SiteBuilder

/// `LayoutSet` on top of the engine: diagnostics and rendering of page values.
@Suite struct LayoutSetTests {
    /// A layouts folder holding `files`, removed after `body`.
    private func withLayouts(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prr-layouts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try body(folder)
    }

    /// Every part of every value name counts, wherever the tag is: in a
    /// variable, a section, an inverted section, a transform's argument, a
    /// partial, a parent's override or a block's default.
    @Test func knowsWhichValueNamesTheLayoutsUse() throws {
        try withLayouts([
            "index.mustache": "{{a.b}}{{#c}}{{^d}}{{plusone(e)}}{{/d}}{{/c}}{{> partials/p}}{{< base}}{{$slot}}{{f}}{{/slot}}{{/base}}",
            "base.mustache": "{{$slot}}{{g}}{{/slot}}{{$other}}{{.h}}{{/other}}",
            "partials/p.mustache": "{{{i}}}{{&j}}{{.}}{{index()}}",
        ]) { folder in
            let layouts = try #require(LayoutSet.load(from: folder, displayPath: "Layouts").0)
            let used = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
            let unused = ["a.b", "plusone", "index", "slot", "base", "partials/p", ".", "items"]
            #expect(used.filter { !layouts.mentions($0) } == [])
            #expect(unused.filter { layouts.mentions($0) } == [])
        }
    }

    @Test func syntaxErrorsOnTheFirstLineHaveTheirExactColumn() throws {
        try withLayouts(["index.mustache": "<h1>{{#title}}\n"]) { folder in
            let (set, diagnostics) = LayoutSet.load(from: folder, displayPath: "Layouts")
            #expect(set == nil)
            let error = try #require(diagnostics.first { $0.ruleID == "layout-syntax" })
            #expect(error.location == SourceLocation(file: "Layouts/index.mustache", line: 1, column: 5))
            #expect(error.message == "template syntax error: `{{#title}}` is never closed")
        }
    }

    @Test func missingPartialsAreReportedAtTheirTag() throws {
        try withLayouts(["index.mustache": "a\n  {{! {{>not-a-tag}} }}\n  {{> partials/nowhere }}\n"]) { folder in
            let (_, diagnostics) = LayoutSet.load(from: folder, displayPath: "Layouts")
            let missing = diagnostics.filter { $0.ruleID == "layout-missing-partial" }
            #expect(missing.count == 1)
            #expect(missing.first?.location == SourceLocation(file: "Layouts/index.mustache", line: 3, column: 3))
        }
    }

    @Test func rendersPageValuesWithNilsRemoved() throws {
        try withLayouts(["index.mustache": "{{#who}}<p>{{who}}</p>{{/who}}{{^who}}nobody{{/who}} {{n}}"]) { folder in
            let (set, diagnostics) = LayoutSet.load(from: folder, displayPath: "Layouts")
            #expect(!diagnostics.hasErrors)
            let layouts = try #require(set)
            let nobody: String? = nil
            #expect(layouts.render("index", ["who": nobody, "n": 3]) == Array("nobody 3".utf8))
            #expect(layouts.render("index", ["who": "<Ada>", "n": 3]) == Array("<p>&lt;Ada&gt;</p> 3".utf8))
        }
    }
}
