import Testing
@testable import Readiness

@Suite struct DayTests {
    @Test func parsesOnlyRealCalendarDates() {
        #expect(Day("2026-10-01")?.description == "2026-10-01")
        #expect(Day(year: 1, month: 2, day: 3)?.description == "0001-02-03")
        #expect(Day(year: 9999, month: 12, day: 31)?.description == "9999-12-31")
        #expect(Day(year: 9999, month: 12, day: 31)?.adding(days: 1).description == "10000-01-01")
        #expect(Day(year: 1, month: 1, day: 1)?.adding(days: -366).description == "0000-01-01")
        #expect(Day(year: 1, month: 1, day: 1)?.adding(days: -731).description == "00-1-01-01")
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
