import Testing
@testable import SiteBuilder

@Suite struct ListPagesTests {
    private func list(_ count: Int, size: Int) -> ListPages {
        ListPages(count: count, size: size, owner: "gaps.html", anchor: "matrix", title: "Services × categories",
                  stem: "gaps/matrix")
    }

    @Test func pagesCoverEveryRowOnceInOrder() {
        for (count, size) in [(0, 3), (1, 3), (3, 3), (7, 3), (100, 1), (5, 100)] {
            let pages = list(count, size: size)
            let rows = (1...pages.pageCount).flatMap { Array(pages.rows(onPage: $0)) }
            #expect(rows == Array(0..<count), "\(count) rows by \(size)")
            #expect((1...pages.pageCount).allSatisfy { pages.rows(onPage: $0).count <= size })
        }
        #expect(list(0, size: 3).pageCount == 1, "an empty list still has its first page")
        #expect(list(7, size: 3).pageCount == 3)
        #expect(list(6, size: 3).laterPages == 2...2)
        #expect(list(3, size: 3).laterPages == nil, "a list that fits has no page of its own")
    }

    @Test func firstPageIsTheOwnersSectionAndLaterPagesAreNumbered() {
        let pages = list(7, size: 3)
        #expect(pages.path(ofPage: 1) == "gaps.html")
        #expect(pages.path(ofPage: 3) == "gaps/matrix-3.html")
        #expect(pages.url(ofPage: 1, from: "gaps/matrix-2.html") == "../gaps.html#matrix")
        #expect(pages.url(ofPage: 2, from: "gaps.html") == "gaps/matrix-2.html")
        #expect(pages.url(ofPage: 3, from: "gaps/matrix-2.html") == "../gaps/matrix-3.html")
    }

    @Test func aListThatFitsHasNoPager() {
        #expect(PagerValues.make(list(3, size: 3), page: 1, from: "gaps.html") == nil)
    }

    @Test func pagerNamesTheRowsAndLinksTheNeighbours() throws {
        let pages = list(7, size: 3)
        let first = try #require(PagerValues.make(pages, page: 1, from: "gaps.html"))
        #expect(first["previousURL"]?.asString == nil)
        #expect(first["nextURL"]?.asString == "gaps/matrix-2.html")
        #expect(first["firstRow"]?.asInt == 1 && first["lastRow"]?.asInt == 3 && first["rowCount"]?.asInt == 7)
        let last = try #require(PagerValues.make(pages, page: 3, from: "gaps/matrix-3.html"))
        #expect(last["previousURL"]?.asString == "../gaps/matrix-2.html")
        #expect(last["nextURL"]?.asString == nil)
        #expect(last["firstRow"]?.asInt == 7 && last["lastRow"]?.asInt == 7)
        let entries = try #require(last["pages"]?.asList)
        #expect(entries.map { $0["number"]?.asInt } == [1, 2, 3])
        #expect(entries.map { $0["current"] } == [false, false, true])
        // Every key is set on every entry, so Mustache never reads an outer value.
        #expect(entries.allSatisfy { entry in
            guard case .map(let keys) = entry else { return false }
            return Set(keys.names) == ["number", "url", "current", "gap"]
        })
    }

    @Test func longPagersShowTheEndsAndTheNeighboursWithGaps() throws {
        #expect(PagerValues.shownPages(current: 10, count: 20) == [1, 8, 9, 10, 11, 12, 20])
        #expect(PagerValues.shownPages(current: 1, count: 20) == [1, 2, 3, 20])
        #expect(PagerValues.shownPages(current: 2, count: 3) == [1, 2, 3])
        let pager = try #require(PagerValues.make(list(200, size: 10), page: 10, from: "gaps.html"))
        let entries = try #require(pager["pages"]?.asList)
        #expect(entries.map { $0["gap"] == true ? "…" : "\($0["number"]?.asInt ?? 0)" }
            == ["1", "…", "8", "9", "10", "11", "12", "…", "20"])
    }
}
