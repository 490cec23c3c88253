import CommonMark
import Testing
@testable import Readiness

/// A review's checklist is matched to the policy as it is parsed; what
/// validation reads of each answered item must be what the line says.
@Suite struct ChecklistAnswersTests {
    private func answers(_ markdown: String, policy: Policy = .default) -> ChecklistAnswers {
        ChecklistAnswers(MarkdownDocument(markdown: markdown).taskItems, file: "reviews/a.md", policy: policy)
    }

    @Test func eachAnswerKeepsItsStateEvidenceNoteAndPlace() throws {
        let checklist = answers("""
            ## Monitoring and alerting

            - [x] SLOs defined — [doc](https://slo.example.com)
            - [ ] Error dashboards
              - [n/a] Saturation dashboards: batch job, nothing saturates
            - [n/a] Latency dashboards
            - [x] SLO alerts: [](x.md)
            """)
        let slos = try #require(checklist.answer("monitoring.slos", in: .default))
        #expect(slos.state == .checked && slos.hasEvidence && slos.hasNote)
        #expect(slos.line == 3 && slos.column == 1)
        let errors = try #require(checklist.answer("monitoring.error-dashboards", in: .default))
        #expect(errors.state == .unchecked && !errors.hasEvidence && !errors.hasNote)
        let saturation = try #require(checklist.answer("monitoring.saturation-dashboards", in: .default))
        #expect(saturation.state == .notApplicable && saturation.hasNote && !saturation.hasEvidence)
        #expect(saturation.line == 5 && saturation.column == 3)
        let latency = try #require(checklist.answer("monitoring.latency-dashboards", in: .default))
        #expect(latency.state == .notApplicable && !latency.hasNote)
        // An empty link text is still a link; evidence is the link, not its text.
        #expect(checklist.answer("monitoring.slo-alerts", in: .default)?.hasEvidence == true)
        #expect(checklist.answeredCount == 5)
        #expect(checklist.diagnostics.isEmpty, "\(checklist.diagnostics)")
    }

    @Test func itemsOfOtherCategoriesAndUnknownIdsHaveNoAnswer() {
        let checklist = answers("## Monitoring and alerting\n\n- [x] SLOs defined\n")
        #expect(checklist.answer("security.threat-model", in: .default) == nil)
        #expect(checklist.answer("monitoring.no-such-item", in: .default) == nil)
        #expect(checklist.answer("not-a-full-id", in: .default) == nil)
    }

    /// Answers sit at the item's position in the policy they were matched
    /// to: a policy without an earlier item moves every later one.
    @Test func answersFollowThePolicyTheyWereMatchedTo() throws {
        var policy = Policy.default
        let monitoring = try #require(policy.categories.firstIndex { $0.id == "monitoring" })
        policy.categories[monitoring].items.removeAll { $0.id == "slos" }
        let text = "## Monitoring and alerting\n\n- [x] SLOs defined\n- [ ] Error dashboards\n"
        let checklist = answers(text, policy: policy)
        #expect(checklist.answer("monitoring.slos", in: policy) == nil)
        #expect(checklist.answer("monitoring.error-dashboards", in: policy)?.state == .unchecked)
        #expect(checklist.diagnostics.map(\.ruleID) == [Rule.checklistUnknownItem.id])
        #expect(policy.itemCount == Policy.default.itemCount - 1)
        #expect(policy.itemPosition(fullID: "monitoring.slos") == nil)
    }
}
