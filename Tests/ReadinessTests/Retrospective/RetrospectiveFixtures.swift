import CommonMark
import Foundation
@testable import Readiness

/// Loads the retrospective fixtures: real review and retrospective files.
enum RetrospectiveFixtures {
    static let folder = fixturesFolder.appendingPathComponent("retrospectives")
    /// The example site's "today".
    static let today = Day(year: 2026, month: 11, day: 26) ?? Day(year: 1970, month: 1, day: 1)!

    static func source(_ relative: String) throws -> SourceText {
        try SourceText.read(folder.appendingPathComponent(relative), path: relative).get()
    }

    static func parse(_ relative: String) throws -> (retrospective: Retrospective?, diagnostics: [Diagnostic]) {
        RetrospectiveParser.parse(try source(relative))
    }

    static func retrospective(_ relative: String) throws -> Retrospective {
        guard let retrospective = try parse(relative).retrospective else { throw FixtureError.unreadable(relative) }
        return retrospective
    }

    static func document(_ relative: String) throws -> RetrospectiveDocument {
        RetrospectiveDocument(retrospective: try retrospective(relative), options: MarkdownRenderOptions())
    }

    /// The six example reviews (four launched, one draft, one more launched).
    static func reviews() throws -> [ReviewDocument] {
        let names = ["fraud-scoring", "image-resizer", "notification-service", "payments-api", "search-api", "seller-payouts"]
        return try names.map { name in
            let relative = "reviews/\(name).md"
            guard let review = ReviewParser.parse(try source(relative)).review else { throw FixtureError.unreadable(relative) }
            return ParsedReview(review: review, policy: .default, options: MarkdownRenderOptions()).document
        }
    }

    /// The two example retrospectives.
    static func written() throws -> [RetrospectiveDocument] {
        try [document("written/payments-api.md"), document("written/seller-payouts.md")]
    }

    enum FixtureError: Error { case unreadable(String) }
}
