import Testing
@testable import Readiness

@Suite struct DayTests {
    @Test func parsesOnlyRealCalendarDates() {
        #expect(Day("2026-10-01")?.description == "2026-10-01")
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2026-02-29") == nil)
        #expect(Day("2026-13-01") == nil)
        #expect(Day("2026-1-01") == nil)
        #expect(Day("26-10-01xx") == nil)
        #expect(Day("") == nil)
    }

    @Test func countsDaysAcrossMonthsAndLeapYears() throws {
        let start = try #require(Day("2024-02-28"))
        #expect(start.adding(days: 2).description == "2024-03-01")
        #expect(try #require(Day("2026-11-01")).adding(days: 30).description == "2026-12-01")
        #expect(try #require(Day("1970-01-01")).daysSinceEpoch == 0)
        #expect(start.days(until: try #require(Day("2025-02-28"))) == 366)
    }
}
