/// The layout values of a list's pager: which rows a page shows and links to
/// the neighbouring and the other pages.
///
/// Layouts get `{label, pageNumber, pageCount, firstRow, lastRow, rowCount,
/// previousURL, nextURL, pages}`, where `pages` is a list of `{number, url,
/// current, gap}`: the first and last pages and those near the current one,
/// with a `gap` entry where numbers are left out, so a pager stays one line
/// however many pages there are. Every key of a page entry is always set: a
/// missing one would make Mustache look it up in the enclosing values.
enum PagerValues {
    /// Pages on each side of the current one that get a link of their own.
    static let neighbours = 2

    /// The pager of page `number` of `list`, linked from `path`; nil when
    /// the list fits on one page and needs no pager.
    static func make(_ list: ListPages, page number: Int, from path: String) -> LayoutValue? {
        guard list.pageCount > 1 else { return nil }
        let rows = list.rows(onPage: number)
        var pages: [LayoutValue] = []
        var previous = 0
        for shown in shownPages(current: number, count: list.pageCount) {
            if shown > previous + 1 { pages.append(["number": 0, "url": "", "current": false, "gap": true]) }
            pages.append([
                "number": shown, "url": list.url(ofPage: shown, from: path), "current": shown == number, "gap": false,
            ])
            previous = shown
        }
        return [
            "label": list.title,
            "pageNumber": number,
            "pageCount": list.pageCount,
            "firstRow": rows.lowerBound + 1,
            "lastRow": rows.upperBound,
            "rowCount": list.count,
            "previousURL": number > 1 ? list.url(ofPage: number - 1, from: path) : nil,
            "nextURL": number < list.pageCount ? list.url(ofPage: number + 1, from: path) : nil,
            "pages": pages,
        ]
    }

    /// The first page, the last, and the current one with its neighbours, in order.
    static func shownPages(current: Int, count: Int) -> [Int] {
        let near = max(1, current - neighbours)...min(count, current + neighbours)
        return Array(Set([1, count] + Array(near))).sorted()
    }
}
