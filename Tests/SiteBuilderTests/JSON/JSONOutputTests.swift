import Foundation
import Testing
@testable import SiteBuilder

/// The hand-written data files must be byte for byte what `JSONEncoder`
/// wrote before (sorted keys, snake_case, `/` unescaped, pretty or compact):
/// `JSONEncoder` is the oracle, for hostile strings and for whole documents.
@Suite struct JSONOutputTests {
    /// The encoder the data files used to be written with.
    static func oracle(_ format: JSONOutput.Format) -> JSONEncoder {
        let encoder = JSONEncoder()
        switch format {
        case .pretty: encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        case .compact: encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        }
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    static func encoded(_ value: some Encodable, _ format: JSONOutput.Format) throws -> String {
        String(decoding: try oracle(format).encode(value), as: UTF8.self)
    }

    static func written(_ format: JSONOutput.Format, _ write: (inout JSONStreamWriter) -> Void) -> String {
        var writer = JSONStreamWriter(format: format)
        write(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Every C0 control, DEL, quotes, backslashes, slashes, line and
    /// paragraph separators, combining marks, emoji, look-alikes of escapes
    /// and of the document's own structure, and the empty string.
    static let hostile: [String] = [
        "", String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }), "\u{7F}",
        "\"quoted\" back\\slash \\\" \\u0000 \\n", "a/b//c </script> & <tag>", "\u{2028}\u{2029}\u{FEFF}\u{85}",
        "e\u{301} a\u{308}\u{20DD}", "🚀👩🏽‍💻🇺🇳", "\u{FFFD}\u{FFFF}\u{10FFFF}", "\"findings\" : [\n\n  ]",
        "]}\n,{", "\t\r\n\u{8}\u{C}", "plain ascii", "ümlaut ñ 中文 العربية",
    ]

    struct Strings: Encodable { let value: String; let values: [String] }

    @Test(arguments: [JSONOutput.Format.pretty, .compact])
    func stringsAreEscapedAsJSONEncoderEscapesThem(format: JSONOutput.Format) throws {
        for text in Self.hostile {
            let value = Strings(value: text, values: [text, text])
            let written = Self.written(format) { json in
                json.object { json in
                    json.member("value", text)
                    json.member("values", [text, text])
                }
            }
            #expect(written == (try Self.encoded(value, format)), "\(text.debugDescription)")
        }
    }

    static func findings() -> [GapsJSON.FindingEntry] {
        Self.hostile.enumerated().map { index, text in
            GapsJSON.FindingEntry(
                service: text, rule: "rule-\(index)", title: text, category: index % 2 == 0 ? nil : text,
                item: index % 3 == 0 ? nil : text, severity: "error", message: text, file: text,
                line: index * 1_000_003, column: index % 4 == 0 ? 0 : Int.max - index, accepted: index % 2 == 0,
                acceptance: index % 2 == 0 ? nil : GapsJSON.Acceptance(
                    by: index % 3 == 0 ? nil : text, until: index % 5 == 0 ? nil : "2027-01-31",
                    reason: index % 7 == 0 ? nil : text),
                url: "reviews/\(text).html#a/b")
        } + [GapsJSON.FindingEntry(
            service: "", rule: "", title: "", category: nil, item: nil, severity: "note", message: "", file: "",
            line: -1, column: 0, accepted: true, acceptance: GapsJSON.Acceptance(by: nil, until: nil, reason: nil),
            url: "")]
    }

    static func reviews() -> [ReviewsJSON.ReviewEntry] {
        Self.hostile.enumerated().map { index, text in
            ReviewsJSON.ReviewEntry(
                service: text, title: text, tier: index % 3 + 1, status: "approved",
                owner: index % 2 == 0 ? nil : text, system: index % 3 == 0 ? nil : text,
                reviewDate: index % 4 == 0 ? nil : "2026-10-02", launchDate: index % 5 == 0 ? nil : "2026-10-20",
                readiness: "not-ready",
                categories: (0..<index % 3).map {
                    ReviewsJSON.CategoryEntry(id: text, title: text, met: $0, required: 4, accepted: 0, unmet: -$0)
                },
                openFindings: index, acceptedFindings: 0, url: "reviews/\(text).html", file: text)
        }
    }

    static func pages() -> [SearchIndex.Entry] {
        Self.hostile.enumerated().map { index, text in
            SearchIndex.Entry(
                kind: index % 2 == 0 ? "review" : "retrospective", url: "reviews/\(index).html", service: text,
                title: text, owner: index % 2 == 0 ? text : nil, tier: index % 2 == 0 ? index % 3 + 1 : nil,
                status: index % 3 == 0 ? nil : text, readiness: index % 4 == 0 ? nil : text,
                headings: Array(Self.hostile.prefix(index % 4)), text: text)
        }
    }

    @Test(arguments: [JSONOutput.Format.pretty, .compact])
    func entriesAreWrittenAsJSONEncoderEncodesThem(format: JSONOutput.Format) throws {
        for entry in Self.findings() {
            #expect(Self.written(format) { entry.write(to: &$0) } == (try Self.encoded(entry, format)))
        }
        for entry in Self.reviews() {
            #expect(Self.written(format) { entry.write(to: &$0) } == (try Self.encoded(entry, format)))
        }
        for entry in Self.pages() {
            #expect(Self.written(format) { entry.write(to: &$0) } == (try Self.encoded(entry, format)))
        }
    }

    struct GapsDocument: Encodable {
        let schema: String, generatedFor: String, openCount: Int, acceptedCount: Int, findings: [GapsJSON.FindingEntry]
    }
    struct ReviewsDocument: Encodable { let schema: String, generatedFor: String, reviews: [ReviewsJSON.ReviewEntry] }
    struct SearchDocument: Encodable { let schema: String, pages: [SearchIndex.Entry] }

    /// A document as a build writes it: in chunks of a few bytes, so every
    /// list element ends one.
    static func streamed(_ document: JSONDocument) -> String {
        var bytes: [UInt8] = []
        let sink = ChunkSink { bytes.append(contentsOf: $0) }
        document.write(to: sink, chunkSize: 7)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whole documents, with no, one and many entries.
    @Test func documentsAreWhatJSONEncoderWrote() throws {
        for count in [0, 1, Self.hostile.count] {
            let findings = Array(Self.findings().prefix(count))
            let gaps = GapsDocument(schema: GapsJSON.schema, generatedFor: "2026-11-01", openCount: count,
                                    acceptedCount: 3, findings: findings)
            let gapsFile = GapsJSON.document(generatedFor: "2026-11-01", openCount: count, acceptedCount: 3, findings: findings)
            #expect(gapsFile.text == (try Self.encoded(gaps, .pretty)) + "\n")
            #expect(Self.streamed(gapsFile) == gapsFile.text)
            let reviews = Array(Self.reviews().prefix(count))
            let reviewsFile = ReviewsJSON.document(generatedFor: "\u{0}\"", reviews: reviews)
            #expect(Self.streamed(reviewsFile) == reviewsFile.text)
            #expect(reviewsFile.text
                    == (try Self.encoded(ReviewsDocument(schema: ReviewsJSON.schema, generatedFor: "\u{0}\"", reviews: reviews),
                                         .pretty)) + "\n")
            let pages = Array(Self.pages().prefix(count))
            let searchFile = SearchIndex.document(pages)
            #expect(Self.streamed(searchFile) == searchFile.text)
            #expect(searchFile.text
                    == (try Self.encoded(SearchDocument(schema: SearchIndex.schema, pages: pages), .compact)) + "\n")
        }
    }

    /// A real rendered site's `gaps.json` and `reviews.json`.
    @Test func siteDataFilesAreWhatJSONEncoderWrote() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let site = fixture.site
        let gapIndex = GapIndex(site)
        let gaps = GapsDocument(
            schema: GapsJSON.schema, generatedFor: site.today.description, openCount: gapIndex.open.count,
            acceptedCount: gapIndex.accepted.count, findings: gapIndex.all.map { GapsJSON.entry($0, site: site) })
        #expect(!gaps.findings.isEmpty)
        #expect(fixture.dataFiles[SiteURLs.gapsJSON] == (try Self.encoded(gaps, .pretty)) + "\n")
        let reviews = ReviewsDocument(schema: ReviewsJSON.schema, generatedFor: site.today.description,
                                      reviews: site.reviews.indices.map { ReviewsJSON.entry($0, site: site) })
        #expect(fixture.dataFiles[SiteURLs.reviewsJSON] == (try Self.encoded(reviews, .pretty)) + "\n")
    }
}
