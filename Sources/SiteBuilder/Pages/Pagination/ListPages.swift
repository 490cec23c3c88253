/// A long list of a page split into pages of `size` rows.
///
/// Page 1 stays in place, in its section of the page that owns the list, so
/// a site small enough never to page looks as it always did; pages 2, 3, …
/// are pages of their own (`gaps/matrix-2.html`). Without this, aggregate
/// pages grew with the organisation: at 10,000 reviews the gap summary was
/// 27 MB of HTML and the home page 10 MB, more than a browser shows
/// comfortably and most of a build's peak memory.
struct ListPages {
    /// How many rows the whole list has.
    let count: Int
    /// Rows per page (`site.yaml`'s `page_size`).
    let size: Int
    /// The page that shows page 1, and the id of the list's section there.
    let owner: String
    let anchor: String
    /// What the list is, for headings and the pager's label ("All reviews").
    let title: String
    /// The path of page `number` ≥ 2, without its number: `gaps/matrix`
    /// gives `gaps/matrix-2.html`.
    let stem: String

    init(count: Int, size: Int, owner: String, anchor: String, title: String, stem: String) {
        self.count = count
        self.size = max(1, size)
        self.owner = owner
        self.anchor = anchor
        self.title = title
        self.stem = stem
    }

    /// At least one page, so an empty list still has its first page.
    var pageCount: Int { max(1, (count + size - 1) / size) }

    /// The numbers of the pages that are pages of their own.
    var laterPages: ClosedRange<Int>? { pageCount > 1 ? 2...pageCount : nil }

    /// Positions in the list of the rows on page `number`.
    func rows(onPage number: Int) -> Range<Int> {
        let start = min(count, (number - 1) * size)
        return start..<min(count, start + size)
    }

    /// Where page `number` is, relative to the output root.
    func path(ofPage number: Int) -> String {
        number <= 1 ? owner : "\(stem)-\(number).html"
    }

    /// A link to page `number` from the page at `from`; page 1 links to the
    /// list's section of its owner.
    func url(ofPage number: Int, from: String) -> String {
        SiteURLs.root(from: from) + path(ofPage: number) + (number <= 1 ? "#" + anchor : "")
    }
}
