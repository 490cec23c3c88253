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
