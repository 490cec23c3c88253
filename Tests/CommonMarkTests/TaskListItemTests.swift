import CCmark
import Testing
@testable import CommonMark

@Suite struct TaskListItemTests {
    private func items(_ markdown: String) -> [TaskListItem] {
        MarkdownDocument(markdown: markdown).taskItems
    }

    /// Items share their document's string; equality is about what they say.
    @Test func itemsOfDifferentDocumentsCompareByWhatTheySay() {
        let alone = items("- [x] Runbook — [wiki](https://w/r) [ß](https://w/ß)\n")
        let after = items("- [ ] Dashboards — [Grafana](https://g/d)\n\n- [x] Runbook — [wiki](https://w/r) [ß](https://w/ß)\n")
        let shifted = items("\n\n- [x] Runbook — [wiki](https://w/r) [ß](https://w/ß)\n")
        #expect(after[1].title == "Runbook" && after[1].note == "wiki ß")
        #expect(after[1].links == ["https://w/r", "https://w/ß"])
        #expect(after[0].links == ["https://g/d"])
        let sameLine = items("- [x] Runbook — [wiki](https://w/r) [ß](https://w/ß)\n- [x] Runbook — [wiki](https://w/r) [ß](https://w/ß)\n")
        #expect(alone[0] == sameLine[0])
        #expect(alone[0].hashValue == sameLine[0].hashValue)
        #expect(alone[0] != after[1], "different lines")
        #expect(alone[0] != shifted[0], "different lines")
        #expect(sameLine[0] != sameLine[1], "different lines")
        let unchecked = items("- [ ] Runbook — [wiki](https://w/r) [ß](https://w/ß)\n")
        #expect(alone[0] != unchecked[0], "different states")
    }

    @Test func recognisesAllStatesAndCases() {
        let found = items("""
            - [ ] open
            - [x] done
            - [X] done too
            - [n/a] skipped — no database
            - [N/A] skipped too
            - [n/A]
            - [x]
            """)
        #expect(found.map(\.state) == [.unchecked, .checked, .checked, .notApplicable,
                                        .notApplicable, .notApplicable, .checked])
        #expect(found.map(\.text) == ["open", "done", "done too", "skipped — no database",
                                       "skipped too", "", ""])
    }

    @Test func notApplicableReasonIsTheNote() {
        let found = items("- [n/a] Database backups \u{2014} stateless service\n- [n/a] Paging\n")
        #expect(found[0].title == "Database backups")
        #expect(found[0].note == "stateless service")
        #expect(found[1].title == "Paging")
        #expect(found[1].note == nil)
    }

    @Test func itemsThatOnlyLookLikeTasksAreNot() {
        let found = items("""
            - a [ ] in the middle
            - [x]no space
            - [y] other letter
            - [  ] two spaces
            - [x]*emphasis right after*
            - `[x]` code
            - \\
              [x] not first block line? still first paragraph

            [x] paragraph, not a list item
            """)
        // Only the last list item qualifies: its first paragraph starts with
        // a hard line break, so its leading text is not the marker either.
        #expect(found.isEmpty)
    }

    @Test func markerFollowedByLineBreakIsATask() {
        let found = items("- [x]\n  Continued on the next line\n")
        #expect(found.count == 1)
        #expect(found.first?.text == "Continued on the next line")
    }

    @Test func nestedItemsCountOnceEachInDocumentOrder() {
        let found = items("""
            - [x] parent
              - [ ] child
                - [n/a] grandchild
              - plain child
            - plain
              1. [x] ordered child
            """)
        #expect(found.map(\.text) == ["parent", "child", "grandchild", "ordered child"])
        #expect(found.map(\.line) == [1, 2, 3, 6])
        #expect(found.map(\.column) == [1, 3, 5, 3])
        // A parent's text and links never include its nested items.
        #expect(found[0].links.isEmpty)
    }

    @Test func parentTextLeavesOutNestedListLinks() {
        let found = items("- [x] parent [p](https://p)\n  - [ ] child [c](https://c)\n")
        #expect(found.map(\.links) == [["https://p"], ["https://c"]])
    }

    @Test func sectionIsTheNearestPrecedingLevelTwoHeading() {
        let found = items("""
            # Review
            - [ ] before any section

            ## Observability
            - [x] Dashboards
            ### Alerts
            - [x] Pages

            ## Data & Storage
            - [n/a] Backups
            """)
        #expect(found.map(\.sectionHeading) == [nil, "Observability", "Observability", "Data & Storage"])
        #expect(found.map(\.sectionLine) == [nil, 4, 4, 9])
        #expect(found.map(\.sectionAnchor) == [nil, "observability", "observability", "data-storage"])
    }

    @Test func titleNoteAndLinksWithEmDash() {
        let found = items("""
            - [x] Latency dashboards (p50, p99, p99.9) — [Grafana](https://grafana/d/1)
            """)
        let item = found[0]
        #expect(item.text == "Latency dashboards (p50, p99, p99.9) — Grafana")
        #expect(item.title == "Latency dashboards (p50, p99, p99.9)")
        #expect(item.note == "Grafana")
        #expect(item.links == ["https://grafana/d/1"])
    }

    /// Title, note and links are kept as positions in one string: they
    /// must come back whole around multi-byte characters and empty links.
    @Test func multiByteTextAndEmptyLinksComeBackWhole() {
        let found = items("""
            ## Überwachung ☃
            - [x] Tableaux de bord 📈 für Ünïcode — Notiz ✓ [Ansicht](https://例え.jp/ü) und [leer](<>)
            - [ ] ☃
            - [n/a] Ärger:
            """)
        #expect(found.count == 3)
        #expect(found[0].text == "Tableaux de bord 📈 für Ünïcode — Notiz ✓ Ansicht und leer")
        #expect(found[0].title == "Tableaux de bord 📈 für Ünïcode")
        #expect(found[0].note == "Notiz ✓ Ansicht und leer")
        #expect(found[0].links == ["https://例え.jp/ü", ""])
        #expect(found[1].title == "☃")
        #expect(found[1].note == nil)
        #expect(found[1].links.isEmpty)
        #expect(found[2].title == "Ärger")
        #expect(found[2].note == nil)
        #expect(found.allSatisfy { $0.sectionHeading == "Überwachung ☃" && $0.sectionLine == 1 })
        #expect(found[0].sectionAnchor == found[2].sectionAnchor)
    }

    @Test func everySeparatorKind() {
        let found = items("""
            - [x] A -- double dash
            - [x] B - single dash
            - [x] C: colon
            - [x] D—tight em dash
            - [x] E-F hyphenated words stay: in title
            - [x] G at 10:30 stays
            - [x] H first - wins -- later
            """)
        #expect(found.map(\.title) == ["A", "B", "C", "D", "E-F hyphenated words stay", "G at 10:30 stays", "H first"])
        #expect(found.map(\.note) == ["double dash", "single dash", "colon", "tight em dash", "in title", nil, "wins -- later"])
    }

    @Test func linkOnlyEvidenceEndsTheTitle() {
        let found = items("""
            - [x] Runbook [runbooks/api.md](https://wiki/runbook) and [alt](../alt.md)
            - [x] [Whole item is a link](https://x)
            - [x] Load test [report](https://r) — passed at 2x
            - [x] Icon ![i](icon.png) stays in title — note
            """)
        #expect(found[0].title == "Runbook")
        #expect(found[0].note == "runbooks/api.md and alt")
        #expect(found[0].links == ["https://wiki/runbook", "../alt.md"])
        // A link at the very start would leave no title, so it does not count.
        #expect(found[1].title == "Whole item is a link")
        #expect(found[1].note == nil)
        #expect(found[2].title == "Load test")
        #expect(found[2].note == "report — passed at 2x")
        #expect(found[3].title == "Icon i stays in title")
        #expect(found[3].links == ["icon.png"])
    }

    @Test func markerSplitAcrossTextNodesIsFound() throws {
        // libcmark 0.30 merges adjacent text nodes itself, so build the split
        // by hand: "[" + " ] Split" + ...
        let document = MarkdownDocument(markdown: "- [ ] Split marker\n")
        let text = try #require(document.nodes.first { $0.kind == .text }?.pointer)
        let tail = try #require(cmark_node_new(CMARK_NODE_TEXT))
        cmark_node_set_literal(text, "[")
        cmark_node_set_literal(tail, " ] Split marker")
        cmark_node_insert_after(text, tail)
        #expect(document.taskItems.map(\.state) == [.unchecked])
        #expect(document.taskItems.map(\.title) == ["Split marker"])
        let html = document.renderHTML()
        #expect(html.contains(#"<li><input type="checkbox" class="task" disabled> Split marker</li>"#))
        // Rendering restored both nodes.
        #expect(document.nodes.compactMap(\.literal) == ["[", " ] Split marker"])
    }

    @Test func looseItemsAndBlockQuotesCount() {
        let found = items("> - [x] quoted\n>\n> - [ ] loose\n")
        #expect(found.map(\.state) == [.checked, .unchecked])
        #expect(found.map(\.column) == [3, 3])
    }
}
