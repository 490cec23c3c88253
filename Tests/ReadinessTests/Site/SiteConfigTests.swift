import Testing
@testable import Readiness

@Suite struct SiteConfigTests {
    @Test func pageSizeDefaultsAndCanBeSet() {
        let (unset, none) = SiteConfig.parse(SourceText(path: "site.yaml", text: "title: T\n"))
        #expect(none.isEmpty && unset.pageSize == SiteConfig.defaultPageSize)
        let (set, problems) = SiteConfig.parse(SourceText(path: "site.yaml", text: "title: T\npage_size: 25\n"))
        #expect(problems.isEmpty && set.pageSize == 25)
    }

    @Test func pageSizeOutOfRangeIsADiagnosticAndTheDefaultStands() throws {
        for bad in ["0", "-3", "many"] {
            let (config, problems) = SiteConfig.parse(SourceText(path: "site.yaml", text: "page_size: \(bad)\n"))
            #expect(config.pageSize == SiteConfig.defaultPageSize, "\(bad)")
            let problem = try #require(problems.first, "\(bad)")
            #expect(problem.location.line == 1 && problem.location.column == 12, "\(bad): \(problem)")
            #expect(problem.message.contains("page_size"), "\(problem.message)")
        }
    }
}
