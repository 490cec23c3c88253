import Readiness

/// The services × categories matrix of the gap summary: one row per review,
/// one column per policy category (plus "other" for findings without one),
/// each cell the open finding count linked to that review's section.
///
/// The columns are worked out once; each page of the matrix then costs only
/// its own rows.
struct GapMatrixValues {
    let gaps: GapIndex
    let site: Site
    let columns: [(id: String?, title: String)]

    init(_ gaps: GapIndex, site: Site) {
        self.gaps = gaps
        self.site = site
        var columns: [(id: String?, title: String)] = site.policy.categories.map { ($0.id, $0.title) }
        if gaps.all.contains(where: { GapGroups.categoryKey($0.finding, policy: site.policy) == nil }) {
            columns.append((nil, "Other"))
        }
        self.columns = columns
    }

    /// The matrix with the rows of the reviews at `reviews`, linked from `page`.
    func values(reviews: Range<Int>, from page: String) -> LayoutValue {
        let root = SiteURLs.root(from: page)
        let rows: [LayoutValue] = reviews.map { index in
            // The name only: copying the review retained every one of its fields.
            let service = site.reviews[index].review.serviceName
            let validation = site.validations[index]
            let byCategory = Dictionary(grouping: gaps.gaps(ofReview: index)) {
                GapGroups.categoryKey($0.finding, policy: site.policy)
            }
            let cells: [LayoutValue] = columns.map { column in
                let cellGaps = byCategory[column.id] ?? []
                let open = cellGaps.filter { !$0.finding.isAccepted }.count
                let accepted = cellGaps.count - open
                let anchor = validation.anchor(ofCategory: column.id) ?? (cellGaps.isEmpty ? nil : GapIndex.findingsAnchor)
                return [
                    "cellOpen": nonZero(open),
                    "cellAccepted": nonZero(accepted),
                    // Cell keys differ from row keys: Mustache would otherwise find the row's
                    // value when a cell leaves one out.
                    // A text symbol with every count, so the state never depends on colour.
                    "symbol": open > 0 ? "✗" : accepted > 0 ? "◐" : "✓",
                    "state": open > 0 ? "open" : accepted > 0 ? "accepted" : "clear",
                    "url": root + SiteURLs.review(service, anchor: anchor),
                    "column": column.title,
                ]
            }
            return [
                "service": service,
                "url": root + SiteURLs.review(service),
                "open": validation.readiness.openFindings,
                "cells": cells,
            ]
        }
        return ["columns": columns.map { ["title": $0.title] as LayoutValue }, "rows": rows]
    }
}
