import Testing
@testable import SiteBuilder

@Suite struct PageIDsTests {
    @Test func findsExactlyTheIDsItWasGiven() {
        // Lengths around the one- and two-byte length prefixes, and non-ASCII.
        let ids = ["", "a", "top", String(repeating: "x", count: 127), String(repeating: "y", count: 128),
                   String(repeating: "z", count: 300), "überwachung-☃", "dup", "dup"]
        let packed = PageIDs(ids)
        for id in ids { #expect(packed.contains(id), "\(id.prefix(10))") }
        for absent in ["b", "to", "topx", String(repeating: "x", count: 126), String(repeating: "y", count: 129),
                       "uberwachung-☃", "überwachung-"] {
            #expect(!packed.contains(absent), "\(absent.prefix(10))")
        }
        #expect(!PageIDs([]).contains(""))
    }
}
