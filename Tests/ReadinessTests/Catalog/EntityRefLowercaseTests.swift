import Testing
@testable import Readiness

@Suite struct EntityRefLowercaseTests {
    @Test(arguments: ["payments", "Payments", "PAY-ments_2", "", "ÄrzteAPI", "straße", "İstanbul", "a.b-c_d"])
    func lowercasesAsStringDoes(_ text: String) {
        #expect(EntityRef.lowercased(text) == text.lowercased())
    }
}
