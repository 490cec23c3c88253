import Testing
@testable import Readiness

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBodyWithLineOffsets() throws {
        let split = try FrontMatter.split("---\na: 1\nb: 2\n---\n# Body\n").get()
        #expect(split.yaml == "a: 1\nb: 2\n")
        #expect(split.yamlLineOffset == 1)
        #expect(split.body == "# Body\n")
        #expect(split.bodyLineOffset == 4)
    }

    @Test func acceptsDotsAsClosingFenceAndTrailingSpaces() throws {
        let split = try FrontMatter.split("--- \na: 1\n...\nbody").get()
        #expect(split.yaml == "a: 1\n")
        #expect(split.body == "body")
    }

    @Test func reportsMissingAndUnclosed() {
        #expect(FrontMatter.split("# Just markdown\n") == .failure(.missing))
        #expect(FrontMatter.split("") == .failure(.missing))
        #expect(FrontMatter.split("---\na: 1\n") == .failure(.unclosed))
    }

    /// A fence is three dashes (or, closing, three dots) and then only
    /// spaces and tabs, compared byte for byte.
    @Test func aFenceIsThreeMarksAndTrailingBlanksOnly() throws {
        for closing in ["---", "...", "--- \t ", "...\t"] {
            let split = try FrontMatter.split("---\na: 1\n\(closing)\nbody").get()
            #expect(split.yaml == "a: 1\n", "\(closing.debugDescription)")
            #expect(split.body == "body")
            #expect(split.bodyLineOffset == 3)
        }
        for notClosing in ["----", "--", " ---", "-- -", "-.-", "—-", "---x", "---\u{600} ", "--\u{301}-", "---\u{301}"] {
            #expect(FrontMatter.split("---\na: 1\n\(notClosing)\nb: 2\n") == .failure(.unclosed), "\(notClosing.debugDescription)")
        }
        #expect(FrontMatter.split("...\na: 1\n---\n") == .failure(.missing))
        #expect(FrontMatter.split("---") == .failure(.missing))
        #expect(FrontMatter.split("é---\na: 1\n---\n") == .failure(.missing))
        // Multi-byte text before and after keeps its place.
        let split = try FrontMatter.split("---\ntitle: Überprüfung 🚀\n---\n# Café\n").get()
        #expect(split.yaml == "title: Überprüfung 🚀\n")
        #expect(split.body == "# Café\n")
    }

    @Test func emptyBodyAfterClosingFenceWithoutNewline() throws {
        let split = try FrontMatter.split("---\na: 1\n---").get()
        #expect(split.body == "")
    }
}

extension Result where Success == FrontMatter, Failure == FrontMatter.Problem {
    static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.failure(let a), .failure(let b)): return a == b
        default: return false
        }
    }
}
