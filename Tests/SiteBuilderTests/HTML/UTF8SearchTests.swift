import Testing
@testable import SiteBuilder

/// The byte search the page passes use, held to a search written out in full.
@Suite struct UTF8SearchTests {
    @Test func findsNeedlesWhereASearchByOffsetDoes() {
        let texts = ScalarOracle.strings(from: ["<", "h", "1", "<h", "</", ">", "-", "é"], upTo: 4, sampled: 0)
        for text in texts {
            let bytes = Array(text.utf8)
            for needle in ["<h1", "</h1>", "<h", "-->", "<", "</script"] {
                let wanted = Array(needle.utf8)
                for start in 0...bytes.count {
                    let expected = start > bytes.count - wanted.count ? nil : (start...(bytes.count - wanted.count)).first {
                        bytes[$0..<($0 + wanted.count)].elementsEqual(wanted)
                    }
                    let found = bytes.withUnsafeBufferPointer { buffer in
                        wanted.withUnsafeBufferPointer { UTF8Search.firstIndex(of: $0, in: buffer, from: start) }
                    }
                    #expect(found == expected, "\(needle) in \(text.debugDescription) from \(start)")
                }
            }
        }
    }
}
