import Testing

@Suite struct VersionCommandTests {
    @Test func printsVersionWithLibcmark() throws {
        let result = try PRRProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("libcmark 0."))
    }
}
