import Foundation
import Readiness

/// Each review's sealed summary (``reviewSummaryValues(_:site:from:)``) as
/// review pages show it, made on first need and then shared.
///
/// A review page lists the reviews it depends on and those that depend on
/// it, each with its summary, so a review with many dependents had its
/// summary made once for every page that names it: a percent of a
/// 10,000-review build. Summaries differ only by the page's folder depth
/// (their links are relative), and every review page is one folder down.
final class ReviewSummaries: @unchecked Sendable {
    private let site: Site
    /// The root of the pages the summaries are kept for: the review pages'.
    private let root = SiteURLs.root(from: SiteURLs.review("review"))
    /// Written under the lock; its count never changes.
    private var made: [LayoutValue?]
    private let count: Int
    private let lock = NSLock()

    init(site: Site) {
        self.site = site
        count = site.reviews.count
        made = Array(repeating: nil, count: count)
    }

    /// The summary of the review at `index` of `site.reviews`, sealed, for
    /// the page at `page`. Two threads asking at once may both make it; the
    /// summaries they make are the same.
    func sealedSummary(_ index: Int, from page: String) -> LayoutValue {
        guard (0..<count).contains(index), SiteURLs.root(from: page) == root else {
            return sealed(reviewSummaryValues(index, site: site, from: page))
        }
        if let summary = lock.withLock({ made[index] }) { return summary }
        let summary = sealed(reviewSummaryValues(index, site: site, from: page))
        lock.withLock { made[index] = summary }
        return summary
    }
}
