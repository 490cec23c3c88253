import Testing
@testable import SiteBuilder

@Suite struct LayoutMapTests {
    typealias Entry = LayoutMap.Entry

    /// Small maps are searched entry by entry, large ones through their
    /// index; both must answer as a dictionary built from the same entries.
    @Test func answersAsADictionaryOfTheSameEntriesAtEverySize() {
        for size in [0, 1, 5, LayoutMap.indexedCount, LayoutMap.indexedCount + 1, 200] {
            // Names repeat (the last wins), some are set to nil (absent), and
            // some share a length with others.
            var entries: [Entry] = []
            for number in 0..<size {
                let name = "n\(number % max(1, size / 2 + 1))"
                entries.append(Entry(name: name, value: number % 7 == 3 ? nil : .int(number)))
            }
            var expected: [String: LayoutValue] = [:]
            for entry in entries { expected[entry.name] = entry.value }
            let map = LayoutMap(entries)
            for number in 0..<(size + 3) {
                #expect(map["n\(number)"] == expected["n\(number)"], "size \(size), n\(number)")
            }
            #expect(map["missing"] == nil && map[""] == nil)
            #expect(map.names == expected.keys.sorted())
            #expect(map.count == expected.count)
            #expect(map.isEmpty == expected.isEmpty)
        }
    }

    @Test func aNilEntryRemovesTheNameAndALaterOneGivesItBack() {
        let removed = LayoutMap([Entry(name: "a", value: .int(1)), Entry(name: "a", value: nil)])
        #expect(removed["a"] == nil && removed.isEmpty && removed.count == 0)
        let restored = LayoutMap([Entry(name: "a", value: nil), Entry(name: "a", value: .string("x"))])
        #expect(restored["a"] == .string("x") && restored.count == 1)
    }

    @Test func equalityIgnoresOrderAndOverriddenEntries() {
        let written = LayoutMap([Entry(name: "b", value: .int(0)), Entry(name: "a", value: .int(1)), Entry(name: "b", value: .int(2))])
        #expect(written == ["a": .int(1), "b": .int(2)])
        #expect(written != ["a": .int(1)])
        #expect(LayoutMap(["z": .int(1), "y": .bool(true)]) == ["y": .bool(true), "z": .int(1)])
    }

    @Test func namesMatchByTheirBytes() {
        // A decomposed and a precomposed é are two names, at every size:
        // the index of a large map must not merge them.
        for padding in [0, LayoutMap.indexedCount] {
            let filler = (0..<padding).map { Entry(name: "f\($0)", value: .int($0)) }
            let map = LayoutMap(filler + [Entry(name: "caf\u{E9}", value: .int(1)), Entry(name: "cafe\u{301}", value: .int(2))])
            #expect(map["caf\u{E9}"] == .int(1) && map["cafe\u{301}"] == .int(2))
            #expect(map.count == padding + 2)
            let one = LayoutMap(filler + [Entry(name: "caf\u{E9}", value: .int(1))])
            #expect(one["cafe\u{301}"] == nil)
            #expect(one != LayoutMap(filler + [Entry(name: "cafe\u{301}", value: .int(1))]))
            // Same length, canonically equivalent: two marks of different
            // classes in either order are equal `String`s, not equal bytes.
            let (acuteFirst, cedillaFirst) = ("a\u{301}\u{327}", "a\u{327}\u{301}")
            #expect(acuteFirst == cedillaFirst && acuteFirst.utf8.count == cedillaFirst.utf8.count)
            let marks = LayoutMap(filler + [Entry(name: acuteFirst, value: .int(3))])
            #expect(marks[acuteFirst] == .int(3) && marks[cedillaFirst] == nil)
        }
    }
}
