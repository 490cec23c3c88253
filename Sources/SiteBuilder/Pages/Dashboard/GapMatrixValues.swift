import Readiness

/// The services × categories matrix of the gap summary: one row per review,
/// one column per policy category (plus "other" for findings without one),
/// each cell the open finding count linked to that review's section.
enum GapMatrixValues {
    static func make(_ gaps: GapIndex, site: Site, from page: String) -> LayoutValue {
        let root = SiteURLs.root(from: page)
        let byReview = Dictionary(grouping: gaps.all, by: \.review)
        let hasOther = gaps.all.contains { GapGroups.categoryKey($0.finding, policy: site.policy) == nil }
        var columns: [(id: String?, title: String)] = site.policy.categories.map { ($0.id, $0.title) }
        if hasOther { columns.append((nil, "Other")) }
        let rows: [LayoutValue] = site.reviews.indices.map { index in
            let review = site.reviews[index].review
            let validation = site.validations[index]
            let byCategory = Dictionary(grouping: byReview[index] ?? []) {
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
                    "url": root + SiteURLs.review(review.serviceName, anchor: anchor),
                    "column": column.title,
                ]
            }
            return [
                "service": review.serviceName,
                "url": root + SiteURLs.review(review.serviceName),
                "open": validation.openFindings.count,
                "cells": cells,
            ]
        }
        return ["columns": columns.map { ["title": $0.title] }, "rows": rows]
    }
}
